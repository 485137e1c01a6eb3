import type { Actor } from "../resolve/actor.ts";
import type { Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";
import { MONEY_NOUNS } from "./funding-agent.ts";

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

/** Cheap test: "as" soon after the amount. */
const AS_HINT = /\bas\s/;

/**
 * " as the country's share of the company's start-up capital", " from its fund as a first
 * instalment of its stake": what a payer's own share, contribution or instalment goes into.
 */
const AS_SHARE_OF = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,6}?as\s+(?:(?:the|a|an|its|their|his|her|[\p{L}-]+['’]s?)\s+){0,2}?(?:(?:first|second|third|initial|final|last|next|annual|further|own)\s+)?(?:share|contribution|instal?lment|tranche|portion|down payment|stake)\s+(?:of|to|in|towards?)\s+(?:(?:the|a|an|its|their|his|her)\s+)?((?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]*[\p{L}\d])(?=\s*(?:[,.;:]|$|\b(?:in|which|who|that|and|as|on|at|for|by|from|with|under|after|before)\b))`,
  "u",
);

/**
 * "Kazakhstan's fund committed 150 billion tenge as the country's share of the company's
 * start-up capital", "Tashkent approved $289 million as a first instalment of its stake": money
 * a payer puts in as its own share of something held with others goes into that thing (the
 * joint company's capital, the stake) — not to a partner named nearby. Compare shareOwner,
 * where the share is the recipient's ("€58 million of North Macedonia's share of the facility").
 */
export function sharePaidInto(
  text: string,
  start: number,
  money: MoneyMention,
): Recipient | undefined {
  const after = text.slice(money.end - start, money.end - start + 200);
  if (!AS_HINT.test(after)) return undefined;
  const into = AS_SHARE_OF.exec(after)?.[1];
  return into === undefined ? undefined : issueOf(into);
}

/** "85% of the", "a third of", "half of the": a share of the amount follows from what is before it. */
const SHARE = String.raw`(?:\b\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)|\b(?:half|a\s+(?:third|quarter|fifth)|two[\s-]thirds|three[\s-]quarters))\s+of\s+(?:the\s+|its\s+|their\s+)?$`;
const SHARE_BEFORE = new RegExp(SHARE, "i");

/**
 * "has disbursed half of the", "delivered about a third of the": only money is paid out in part,
 * so the whole is money whatever follows it.
 */
const PAID_OUT_SHARE = new RegExp(
  String.raw`\b(?:disburs(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|transferr?(?:s|ed|ing)?|(?:paid|pa(?:y|ys|ying)) out|hand(?:s|ed|ing)? over)\s+(?:(?:about|some|nearly|around|roughly|almost|only|just|more than|less than|over|under|barely)\s+)?${SHARE}`,
  "i",
);

/** "[the $3 billion] loan", "[the $2 billion] aid package": a whole that is itself money given. */
const MONEY_WHOLE = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:${MONEY_NOUNS})s?\b`, "i");

/**
 * "[the $900 million] it pledged", "[the €600 million] promised to Ukraine", "[the $250 million]
 * that Norway committed": a whole a clause calls money given, its subject a pronoun, a short
 * noun phrase or a name.
 */
const GIVEN_WHOLE = new RegExp(
  String.raw`^\s+(?:(?:that|which)\s+)?(?:(?:it|they|he|she|we|the\s+[\p{L}-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+)?(?:(?:has|have|had|was|were|is|are|been|originally|initially|first|already)\s+){0,2}(?:pledg|promis|commit|approv|grant|allocat|earmark|offer|announc|provid|donat|lent\b|loan|set aside)`,
  "u",
);

/**
 * Whether an amount is the whole that a payer pays a share of: "China Exim Bank will finance 85%
 * of the $4.7 billion railway, with the rest from the Kenyan government". The money given is the
 * share and the whole is what the work costs, so the amount is no money given, whoever the rules
 * would find paying or receiving it. A whole that is money itself was given all the same: named
 * so ("released a third of the $3 billion loan"), told so by its clause ("half of the $900
 * million it pledged") or paid out in part ("has disbursed half of the $300 million").
 */
export function shareBase(text: string, start: number, money: MoneyMention): boolean {
  const at = money.start - start;
  const before = text.slice(Math.max(0, at - 80), at);
  const after = text.slice(money.end - start, money.end - start + 60);
  return (
    SHARE_BEFORE.test(before.slice(-40)) &&
    !PAID_OUT_SHARE.test(before) &&
    !MONEY_WHOLE.test(after) &&
    !GIVEN_WHOLE.test(after)
  );
}
