import { mayStartLowerTitle } from "../gazetteer/title-index.ts";
import type { Token } from "../text/tokenize.ts";
import { MINISTRY } from "./match-forms.ts";
import { mayOwnBody } from "./members-body.ts";
import type { Mention } from "./mention.ts";
import { SHARED } from "./joint-bodies.ts";

/**
 * Whether the word at `i`, not capitalised, may open a mention. Three words in four are
 * lowercase and open none: one check here spares them the fifteen rules `findMentions` tries at
 * every word, most of which start only at a capital. Every rule that may start at a lowercase
 * word is let through:
 * - "the Gambia", "al-Shabaab": a gazetteer form opening with "the" or an Arabic article;
 * - "ex-minister", "al-Alimi": any hyphenated word (titles, names);
 * - "foreign ministry": a word before "ministry";
 * - "minister", "deputy prime minister": the first word of a title;
 * - "Kenya's army": a word right after a country (matchNationalBody);
 * - "a teachers' union": a plural in the possessive (membersBody);
 * - "the joint border commission": "joint" or "bilateral" (jointBody);
 * - the name after "President" or "Its spokesman,": a word right after a title, or after a comma
 *   after one (givenNameAfterTitle).
 * A rule added to `findMentions` that starts at a lowercase word must be added here too.
 */
export function mayOpenLowercase(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): boolean {
  const word = tokens[i]?.text ?? "";
  const next = tokens[i + 1]?.text ?? "";
  const last = before.at(-1);
  return (
    (last?.kind === "country" && last.to === i) ||
    (last?.kind === "title" &&
      (last.to === i || (last.to === i - 1 && tokens[i - 1]?.text === ","))) ||
    word === "the" ||
    word.includes("-") ||
    // "ministry", "ministries": the only lengths the test can pass.
    ((next.length === 8 || next.length === 10) && MINISTRY.test(next)) ||
    mayStartLowerTitle(tokens[i]?.lower ?? "") ||
    mayOwnBody(tokens, i) ||
    SHARED.test(word)
  );
}
