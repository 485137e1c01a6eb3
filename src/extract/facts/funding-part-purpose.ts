import type { Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/** "is a grant for ", "will pay for the ", "is earmarked for ": a preposition opening the purpose. */
const PREPOSITION_LAST = /\b(?:for|to|towards?|into)\s+(?:(?:the|a|an)\s+)?$/i;

/**
 * "Of that, $200 million is a grant for the adjustment fund", "Of the total, $60 million will go
 * towards soldiers' salaries": a part of a total told before that states its own purpose goes to
 * that purpose, not to the party the total went to (each part of a package is its own entry,
 * for its own end). Only a purpose a preposition opens counts: in "$200 million is budget
 * support to replace costly borrowing" the verb's object is no purpose of the part.
 */
export function partPurpose(
  text: string,
  start: number,
  money: MoneyMention,
  own: Recipient | undefined,
): Recipient | undefined {
  if (own === undefined || "actor" in own) return undefined;
  const after = text.slice(money.end - start, money.end - start + 200);
  const at = after.toLowerCase().indexOf(own.issue.toLowerCase());
  return at > 0 && PREPOSITION_LAST.test(after.slice(0, at)) ? own : undefined;
}
