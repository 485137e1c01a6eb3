/** "and" or "but" right before the verb, with an adverb at most. */
const JOINED = /\b(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$/i;

/** The last word of the predicate before "and": a participle shares an auxiliary with the verb. */
const LAST_WORD = /([\w'’-]+)["”]?\s*$/;

/**
 * "said he would not attend and condemned the arrest", "did not comment but rejected the
 * claim": a past-tense verb after "and" is a finite predicate of its own, so a modal or a
 * negation before the predicate it follows does not reach it. Returns the part of the words
 * before the verb (`window`) that still qualify it: nothing when the verb is such a predicate.
 * ("had not visited Riga and condemned" keeps its window: "had" may reach both participles.)
 */
export function ownPastPredicate(window: string, verb: string): string {
  if (!/^\w+ed\b/i.test(verb)) return window;
  const joined = JOINED.exec(window);
  if (joined === null) return window;
  const before = window.slice(0, joined.index);
  // "has not visited Bratislava and condemned": a perfect or passive auxiliary may reach both.
  if (/\b(?:has|have|had|is|are|was|were|be|been)\b/i.test(before)) return window;
  const last = LAST_WORD.exec(before)?.[1] ?? "";
  return /(?:ed|en)$/i.test(last) ? window : "";
}
