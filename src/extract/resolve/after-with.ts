import type { Actor } from "./actor.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";
import { ownsUnnamedTitle } from "./speaker-owner.ts";

/**
 * "A spokesperson said the talks with Prime Minister B covered fisheries": one named after "with"
 * (past a title or a demonym) is someone met or joined, never the sentence's subject — so a "he"
 * in the next sentence still means the subject before ("He then spoke with C").
 */
function afterWith(s: AnalyzedSentence, a: Actor): boolean {
  let k = a.from - 1;
  // A sentence-opening "With" is capitalised too: stop at it.
  while (
    k > a.from - 6 &&
    s.tokens[k]?.lower !== "with" &&
    (s.tokens[k]?.capitalized === true || s.tokens[k]?.text === "the")
  )
    k--;
  return s.tokens[k]?.lower === "with";
}

/**
 * Whether an actor is named aside from the sentence's subject: met "with" someone, or a state
 * owning an unnamed spokesperson's title.
 */
export function standsAside(s: AnalyzedSentence, a: Actor): boolean {
  return afterWith(s, a) || ownsUnnamedTitle(s, a);
}
