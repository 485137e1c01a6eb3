import type { MoneyMention } from "./money.ts";

/**
 * "over five years", "over the next decade", "a year", "annually", "from 2026", "last month", "on
 * Monday": a span or a time told right after an amount, before what the money is for.
 */
/** "a year in US assistance": the kind of money the amount is, not what it goes into. */
const MONEY_KIND = String.raw`(?:aid|assistance|loans?|grants?|funding|financing|support|credit|investments?|help)`;

const DURATION = new RegExp(
  String.raw`^(?:\s*,?\s*(?:(?:over|across|during|within)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+|same\s+|first\s+)?(?:[\w-]+\s+)?(?:years?|months?|decades?|period)|(?:a|per|each|every)\s+year|annually|(?:this|next|last)\s+(?:week|month|year)|(?:from|until|through|in)\s+(?:19|20)\d\d(?:\s+(?:to|until|through)\s+(?:19|20)\d\d)?|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b)+(?=\s+(?:to|for|into|towards?|in(?!\s+(?:[\w-]+\s+){0,2}?${MONEY_KIND}\b))\s)`,
  "u",
);

/** A cheap test: only words a duration may open with, after some amount. */
const DURATION_HINT =
  /\b(?:over|across|during|within|year|annually|week|month|from|until|through|in|on)\b/;

/**
 * "commit 30 billion kroner over ten years to the facility", "invest $600 million over five years
 * in Vietsovpetro", "approved $1 billion a year for the railway": the amount's span takes in the
 * time told after it, so the recipient after that reads as the amount's continuation, as it would
 * with no time between.
 */
export function withDurations(
  text: string,
  start: number,
  found: readonly MoneyMention[],
): MoneyMention[] {
  if (!DURATION_HINT.test(text)) return [...found];
  return found.map((money) => {
    const m = DURATION.exec(text.slice(money.end - start));
    return m === null ? money : { ...money, end: money.end + m[0].length };
  });
}
