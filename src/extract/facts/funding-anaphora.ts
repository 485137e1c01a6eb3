import type { FundingContext, Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "Sweden will give SEK 2.5 billion to a new PURL package. The Netherlands confirms €250 million
 * for the scheme.": a bare definite programme noun after the amount refers back to what the money
 * before went to.
 */
const THE_SCHEME =
  /^\s*(?:(?:more|extra)\s+)?(?:for|to|towards?|into)\s+(?:the|this|that)\s+(?:same\s+)?(scheme|programme|program|package|initiative|fund|plan|facility|effort|mechanism|project|appeal)\b(?!\s+(?:of|for|to|in|on)\b|['’])/i;

/**
 * What money "for the scheme" goes to: what the amount before it in the sentence went to ("C$40
 * million into a joint research programme, and India will contribute 1.5 billion rupees to the
 * same programme"), else the recipient in view, else — with none in view — the scheme by its
 * kind ("pledged 2 billion kroner to the initiative").
 */
export function schemeInView(
  text: string,
  start: number,
  money: MoneyMention,
  context: FundingContext,
  sibling: Recipient | undefined,
): Recipient | undefined {
  const m = THE_SCHEME.exec(text.slice(money.end - start, money.end - start + 60));
  const kind = m?.[1]?.toLowerCase();
  if (kind === undefined) return undefined;
  return sibling ?? context.recipient ?? (kind === "fund" ? undefined : issueOf(kind));
}
