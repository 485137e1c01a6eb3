import type { MoneyMention } from "./money.ts";

/**
 * Nouns "the same" may stand before that name no thing money goes to: "the same amount", "the
 * same period", "in the same way".
 */
const NOT_A_THING = String.raw`(?:amount|sum|figure|total|time|period|day|week|month|year|terms|conditions|rate|way|reason|level|size|price|value|currency|meeting|statement|news|conference|report)s?\b`;

/** "…$90 million for the same stretch", "… 2.9 trillion som for the same purpose". */
const SAME_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]{0,60}\)\s*)?(?:[\w-]+\s+){0,4}?(?:for|to|into|towards?)\s+the\s+same\s+(?!${NOT_A_THING})[\p{L}-]+`,
  "iu",
);

/** "…would co-finance the same section with $100 million". */
const SAME_BEFORE = new RegExp(
  String.raw`\b(?:co-?financ\w*|co-?fund\w*|financ\w*|fund(?:s|ed|ing)?|support\w*|back(?:s|ed|ing)?)\s+the\s+same\s+(?!${NOT_A_THING})[\p{L}-]+(?:\s+[\p{L}-]+)?\s+with\s+(?:(?:about|some|nearly|around|roughly|up to|another|a further|an additional)\s+)?$`,
  "iu",
);

/**
 * Whether an amount goes to "the same" thing the money told of just before went to: "the bank
 * approved a $500 million loan for the same stretch", "Uzbekistan approved 2.9 trillion som for the
 * same purpose", "the AIIB will co-finance the same section with $100 million" — so its end is
 * that money's, not a purpose named "same stretch". Not "the same amount" or "the same period".
 */
export function forTheSameThing(text: string, start: number, money: MoneyMention): boolean {
  const cheap = text.slice(Math.max(0, money.start - start - 90), money.end - start + 90);
  if (!/\bsame\b/i.test(cheap)) return false;
  return (
    SAME_AFTER.test(text.slice(money.end - start, money.end - start + 90)) ||
    SAME_BEFORE.test(text.slice(Math.max(0, money.start - start - 90), money.start - start))
  );
}
