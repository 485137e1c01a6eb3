import { JOINING_IN } from "./funding-joining-verbs.ts";

/** "a further", "an additional", "another", "an extra" right before an amount. */
export const FURTHER = /\b(?:a further|an additional|another|an extra)\s*$/i;

/** A verb of giving right before the amount it gives, maybe with an approximator between. */
const GIVES_RIGHT_BEFORE = new RegExp(
  String.raw`\b(?:contribut\w*|add(?:s|ed|ing)?|give|gives|gave|giving|pledg\w*|provid\w*|donat\w*|chip(?:s|ped|ping)? in|offer\w*|commit\w*|${JOINING_IN})\s+(?:(?:about|some|nearly|around|roughly|up to|almost|more than|over)\s+)?$`,
  "i",
);

/**
 * Whether an amount with no end of its own goes to what the money told of just before went to:
 * "The Netherlands added a further €150 million", or a bare amount right after a verb of giving
 * ("Japan will put ¥3 billion into a youth fund. South Korea will contribute 30 billion won.").
 * `before` is the sentence up to the amount; `bare` says that nothing of its own follows it.
 */
export function forTheSameEnd(before: string, bare: boolean): boolean {
  return FURTHER.test(before) || (bare && GIVES_RIGHT_BEFORE.test(before));
}

/** "€5.9 billion of the money will go to…", "$1 billion of the loan": a part of the deal told of. */
const OF_THE_DEAL =
  /^\s+of\s+(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:money|total|sum|amount|funds|funding|financing|loans?|package|grants?|aid|credit|facility|pledge|allocation)\b/i;

/** Whether the words right after an amount make it a part of the deal the article told of. */
export function ofTheDeal(after: string): boolean {
  return OF_THE_DEAL.test(after);
}
