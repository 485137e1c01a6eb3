import type { Actor } from "../resolve/actor.ts";
import type { MoneyMention } from "./money.ts";

/** "…from its", "…from their": the pot named next is the payer's own. */
const FROM_OWN = /\bfrom\s+(?:its|their)\s+$/i;

/**
 * "The World Bank said it had approved a $100 million grant from its International Development
 * Association", "Korea's Export-Import Bank approved a loan from its Economic Development
 * Cooperation Fund", "Japan gave ¥2 billion from its Special Relief Fund": a fund or window named
 * as the payer's own is where the payer's money comes from, not another payer. The owner pays
 * (the annotation rules: the fund is the programme the money belongs to). Not "a loan from the
 * Islamic Development Bank", whose lender is named as such.
 */
export function ownPot(
  text: string,
  start: number,
  money: MoneyMention,
  lender: Actor | undefined,
): Actor | undefined {
  if (lender === undefined || lender.start < money.end || lender.label !== "Organization")
    return undefined;
  return FROM_OWN.test(text.slice(money.end - start, lender.start - start)) ? lender : undefined;
}
