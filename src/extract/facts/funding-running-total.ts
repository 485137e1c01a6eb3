import { textBeforeAmount } from "./money.ts";
import type { FundingContext, Party, Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "…, bringing its contribution to €90 million", "…, taking Japan's total pledge to ¥40 billion":
 * a running total, told right after a new part. The total is all the giver has put into what its
 * money was going to before, not into the new part's own end: in "Oslo has pledged NOK 1 billion
 * to Ghana's cocoa reform. It is adding NOK 100 million for training at the state marketing board,
 * bringing its total to NOK 1.1 billion" the total is Ghana's reform, not the board. With nothing
 * told before, the new part's recipient in the sentence is the total's too. A total that names its
 * own recipient ("raising its aid to Haiti this year to C$45 million") keeps it.
 */
export function runningTotal(
  text: string,
  start: number,
  money: MoneyMention,
  chosen: Recipient | undefined,
  funder: Party | undefined,
  context: FundingContext,
  previous: Recipient | undefined,
): Recipient | undefined {
  const before = textBeforeAmount(text, start, money, 120);
  if (!TOTAL_HINT.test(before)) return chosen;
  const m = RUNNING_TOTAL.exec(before);
  if (m === null || OWN_RECIPIENT.test(m[1] ?? "")) return chosen;
  const earlier =
    context.funder !== undefined && context.funder.key === funder?.key
      ? context.recipient
      : undefined;
  return earlier ?? previous ?? chosen;
}

/** Cheap test: a verb of bringing a total up. */
const TOTAL_HINT = /\b(?:bring|brought|tak|took|rais|lift|push|increas)/i;

/**
 * ", bringing its new contribution to ", ", taking Australia's total commitment so far to ",
 * "That brings Japan's total to ": a verb of bringing up, the giver's total, what lies between it and "to" (group 1), then the amount.
 */
const RUNNING_TOTAL =
  /(?:,\s+|(?:^|\b(?:which|that|this|it|the move|the (?:new )?(?:pledge|grant|loan|money))\s+)(?:will\s+|has\s+)?)(?:bring(?:ing|s)?|brought|tak(?:ing|es)|took|rais(?:ing|es|ed)|lift(?:ing|s|ed)|push(?:ing|es|ed)|increas(?:ing|es|ed))\s+(?:(?:its|their|the|his|her|\p{L}[\p{L}.'’-]*['’]s?)\s+)?(?:(?:new|overall|total|combined|cumulative|own)\s+)*(?:total|contribution|commitment|pledges?|aid|support|lending|assistance|funding|tally)\b([^,;.\p{Sc}\d]{0,50}?)\s+to\s+(?:(?:about|some|nearly|around|roughly|almost|more than|over|at least)\s+)?$/iu;

/** " to Haiti this year", " for the country": the total's own recipient, named inside it. */
const OWN_RECIPIENT = /^\s+(?:to|for|in)\s+\S/i;
