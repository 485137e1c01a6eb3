import { WORK_NOUNS } from "../gazetteer/words.ts";
import type { Recipient } from "./find-funding.ts";
import { APPROXIMATELY, FURTHER } from "./funding-hedges.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";
import { letterGate } from "../text/letter-gate.ts";

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
  String.raw`\b(?:co-?financ\w*|co-?fund\w*|financ\w*|fund(?:s|ed|ing)?|support\w*|back(?:s|ed|ing)?)\s+the\s+same\s+(?!${NOT_A_THING})[\p{L}-]+(?:\s+[\p{L}-]+)?\s+with\s+(?:(?:${APPROXIMATELY}|${FURTHER})\s+)?$`,
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

/** "…to the Harbour Board for the Tapia reservoir": the named work the money before was for. */
const FOR_THE_WORK = new RegExp(
  String.raw`^[^.;]{0,80}?\bfor\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${WORK_NOUNS.join("|")}))\b`,
  "u",
);

/** Cheap test: FOR_THE_WORK needs "for the" and a work's noun in the sentence (asked of every amount). */
const mayNameWork = letterGate(FOR_THE_WORK);

/**
 * "The bank lent $400 million to the Harbour Board for the Tapia reservoir; a second lender added
 * $250 million for the same project": "the same project" is the named work the money before was
 * for, not the body that borrowed it. Undefined when the money before names no such work.
 */
export function sameWork(text: string, start: number, before: MoneyMention): Recipient | undefined {
  if (!mayNameWork(text)) return undefined;
  const name = FOR_THE_WORK.exec(text.slice(before.end - start, before.end - start + 160))?.[1];
  return name === undefined ? undefined : issueOf(name.toLowerCase());
}
