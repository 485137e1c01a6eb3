import { matchTitleWords, mayStartLowerTitle } from "../gazetteer/title-index.ts";
import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { packedMap } from "../text/packed-map.ts";
import { type Mention, type TitleMention, titleMention } from "./mention.ts";
import { spanOf, titleCase } from "./span.ts";
import { bodyNameEnd } from "./body-name-connectors.ts";
import { ORG_DESCRIPTORS } from "./match-run.ts";
import { BODY_KINDS } from "./body-kinds.ts";

/**
 * "the Justice Department", "the Justice Party", "Climate Justice Coalition": a rank word before
 * a kind of body opens the body's name, not a person's title ("Justice Ana Lobo").
 */
function bodyAfterRank(next: string): boolean {
  return BODY_KINDS.has(next) || STATE_BODY_HEADS.has(next);
}

/** Heads of a state's body, after a portfolio-like word: "Justice Department", "Justice Ministry". */
const STATE_BODY_HEADS: ReadonlySet<string> = new Set(["department", "ministry", "office"]);

/** "the two leaders", "the four ministers": how many people a plural description stands for. */
const COUNTS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4, five: 5 };

export function matchTitle(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): TitleMention | undefined {
  const head = tokens[i]?.lower ?? "";
  if (!mayStartLowerTitle(bareRole(head))) return undefined;
  // "then-President Mauricio Macri", "ex-minister", "Governor-elect": the affix does not change
  // the role.
  const words = packedMap(tokens.slice(i, i + 7), (t) => (t.punct ? "\u0000" : bareRole(t.lower)));
  const match = matchTitleWords(words);
  if (match === undefined) return undefined;
  const first = tokens[i];
  // "the environmental group Mother Nature Cambodia": a capitalised word after a kind of body
  // opens the body's name, not a title.
  if (first?.capitalized === true && ORG_DESCRIPTORS.has(tokens[i - 1]?.text ?? ""))
    return undefined;
  const next = tokens[i + match.length];
  const prevText = tokens[i - 1]?.lower ?? "";
  // "Rashad al-Alimi, chairman of the council,": a role in apposition right after a name.
  const apposed = prevText === "," && before.at(-1)?.kind === "name" && before.at(-1)?.to === i - 1;
  const licensed =
    first?.capitalized === true ||
    next?.capitalized === true ||
    ["the", "a", "an", "its", "his", "her", "their", "each"].includes(prevText) ||
    agedAfterDeterminer(tokens, i) ||
    COUNTS[prevText] !== undefined ||
    officeTaken(tokens, i) ||
    before.at(-1)?.to === i ||
    apposed ||
    tokens[i - 1]?.possessive === true ||
    tokens[i - 2]?.possessive === true ||
    tokens[i - 3]?.possessive === true;
  if (
    !licensed ||
    (match.rank &&
      (first?.capitalized !== true || next?.capitalized !== true || bodyAfterRank(next.lower))) ||
    (match.weak &&
      first?.capitalized !== true &&
      !["the", "a", "each"].includes(prevText) &&
      !agedAfterDeterminer(tokens, i) &&
      // "spoke with her counterpart by phone": a counterpart is someone's.
      !(match.head === "counterpart" && /^(?:his|her|their)$/.test(prevText)) &&
      COUNTS[prevText] === undefined &&
      before.at(-1)?.to !== i &&
      !nounBeforeName(tokens, i, match.length))
  ) {
    return undefined;
  }
  // A role in apposition keeps to itself: "spokesperson for the Department of…" names a body.
  const to = withoutGivenName(
    tokens,
    i + match.length,
    apposed && !first?.capitalized ? i + match.length : bodyNameEnd(tokens, i + match.length),
  );
  const text = joinTokens(tokens, i, to);
  return titleMention(
    {
      role: titleCase(text),
      country: undefined,
      org: undefined,
      definite: false,
      plural: match.plural,
      count: match.plural ? COUNTS[prevText] : undefined,
    },
    spanOf(tokens, i, to, text),
  );
}

/** "85-year-old": an age before a role, which says nothing new of the one meant. */
export const AGE = /^\d{1,3}-year-old$/;

/** "the 85-year-old president": a determiner before the role, past the age. */
function agedAfterDeterminer(tokens: readonly Token[], i: number): boolean {
  return (
    AGE.test(tokens[i - 1]?.lower ?? "") &&
    ["the", "a", "an", "his", "her", "their"].includes(tokens[i - 2]?.lower ?? "")
  );
}

/** "bin", "ibn", "bint": an Arabic lineage word, which only a person's name goes on with. */
const LINEAGE = /^(?:bin|ibn|bint)$/;

/**
 * "Minister of State for Financial Affairs Mohamed bin Hadi Al Hussaini": the capitalised word
 * before a lineage word is the person's given name, not the end of the portfolio.
 */
function withoutGivenName(tokens: readonly Token[], head: number, to: number): number {
  return to - 1 > head && LINEAGE.test(tokens[to]?.text ?? "") && tokens[to - 1]?.capitalized
    ? to - 1
    : to;
}

/** Verbs of coming to an office, in the passive: "was elected president", "has been named minister". */
const INSTALLED_PASSIVE =
  /^(?:elected|re-elected|reelected|appointed|reappointed|named|inaugurated|installed)$/;

/**
 * "was sworn in as president", "took office as prime minister", "was elected president": a bare
 * role after a verb of taking office is the office its subject now holds.
 */
function officeTaken(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? "";
  const before = tokens[i - 2]?.lower ?? "";
  if (prev === "as")
    return /^(?:in|office|elected|appointed|named|installed|inaugurated|confirmed|re-elected|reelected)$/.test(
      before,
    );
  return INSTALLED_PASSIVE.test(prev) && /^(?:was|were|is|been|be)$/.test(before);
}

/**
 * "then-president", "ex-minister", "governor-elect", "minister-designate", "ambassador-at-large",
 * "commander-in-chief": the role itself.
 */
function bareRole(word: string): string {
  if (!word.includes("-")) return word;
  return word.replace(/^(?:then|ex)-/, "").replace(/-(?:elect|designate|at-large|in-chief)$/, "");
}

/** "foreign", "pro-government": a lowercase word of two or more characters, perhaps hyphenated; not "a". */
const MULTI_LETTER_LOWERCASE_WORD = /^\p{Ll}[\p{Ll}-]+$/u;

/**
 * "parliament speaker Nabih Berri", "the deposed leader Aung San Suu Kyi", "his father Hun Sen":
 * a weak head is a title when a lowercase word or a possessive pronoun qualifies it and a name
 * of two capitalised words follows (after a comma too, for a pronoun: "her husband, X Y").
 */
function nounBeforeName(tokens: readonly Token[], i: number, length: number): boolean {
  const prev = tokens[i - 1]?.text ?? "";
  // "his father Hun Sen", "her husband, Daniel Ortega": a possessive pronoun qualifies it too, and
  // so does a relative one ("the party, whose leader Succès Masra is in prison").
  const owned = /^(?:his|her|their|its|whose)$/.test(prev);
  if (!owned && (!MULTI_LETTER_LOWERCASE_WORD.test(prev) || FUNCTION_WORDS.has(prev))) return false;
  const gap = owned && tokens[i + length]?.text === "," ? 1 : 0;
  const a = tokens[i + length + gap];
  const b = tokens[i + length + gap + 1];
  return (
    a?.capitalized === true &&
    b?.capitalized === true &&
    !FUNCTION_WORDS.has(a.lower) &&
    !FUNCTION_WORDS.has(b.lower)
  );
}
