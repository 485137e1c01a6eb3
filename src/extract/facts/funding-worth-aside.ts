import { MONEY_NOUNS } from "./funding-agent.ts";

/** Cheap test: a word that may open an aside giving an amount's worth. */
const WORTH_WORD = /\b(?:worth|totall?ing|amounting)\b/i;

/**
 * "The package, worth $500 million, was pledged to Zambia by China": a money noun, an aside giving
 * its worth, and the comma that closes the aside before the noun's own verb.
 */
const WORTH_ASIDE = new RegExp(
  String.raw`(\b(?:${MONEY_NOUNS})s?\s*,\s*(?:worth|totall?ing|amounting\s+to)\s+[^,;:()]{1,40}?),(?=\s+(?:has|have|had|was|were|is|are|will|would|shall|should|must|can|could|also|then|now|\p{Ll}+ed)\s)`,
  "giu",
);

/**
 * The sentence with the comma closing such an aside blanked (offsets kept), so that the amount
 * reads on into the clause that tells who gives it to whom, as "The $500 million package was
 * pledged to Zambia by China" does.
 */
export function closeWorthAsides(text: string): string {
  return WORTH_WORD.test(text) ? text.replace(WORTH_ASIDE, "$1 ") : text;
}
