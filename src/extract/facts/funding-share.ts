import type { Actor } from "../resolve/actor.ts";
import type { MoneyMention } from "./money.ts";

/** What a party's part of a larger sum is called: "Moldova's share", "Kenya's allocation". */
const SHARE_NOUN =
  /^(?:'s?|’s?)\s+(?:(?:own|national|annual|first|full)\s+)?(?:share|allocation|portion|quota|envelope|entitlement|tranche)\b/i;

/**
 * "The Commission released the first €58 million of North Macedonia's share of the facility":
 * the party whose share the amount is receives it.
 */
export function shareOwner(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  const after = text.slice(money.end - start, money.end - start + 12);
  if (!/^\s+of\s/i.test(after)) return undefined;
  return actors.find(
    (a) =>
      a.label !== "Person" &&
      a.possessive &&
      /^\s+of\s+(?:the\s+)?$/i.test(text.slice(money.end - start, a.start - start)) &&
      SHARE_NOUN.test(text.slice(a.end - start, a.end - start + 40)),
  );
}
