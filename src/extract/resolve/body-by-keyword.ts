import { ORG_KEYWORDS } from "../gazetteer/words.ts";

/** Kinds older than the keyword rule, each with the words of the full names it may stand for. */
const STANDS_FOR: ReadonlyMap<string, RegExp> = new Map([
  ["fund", /\bfund\b/],
  ["bank", /\bbank\b/],
  ["facility", /\b(?:fund|facility)\b/],
  // "the Board", "the lender": the latest bank's or fund's.
  ["board", /\b(?:bank|fund)\b/],
  ["lender", /\b(?:bank|fund)\b/],
  // "the Union" after the European Union or the African Union.
  ["union", /\bunion\b/],
]);

/**
 * Keywords a state has a body of its own for: "the Parliament", "the Government", "the Police"
 * may name the state's own body, not the last one named with that word; the national-body rules
 * read those.
 */
const STATE_WORDS: ReadonlySet<string> = new Set([
  "ministry",
  "ministries",
  "department",
  "office",
  "parliament",
  "government",
  "cabinet",
  "army",
  "navy",
  "police",
  "forces",
  "administration",
  "senate",
  "congress",
  "guard",
  "headquarters",
]);

/** Every other body keyword, in lowercase, with the test of the names it may stand for. */
const BY_KEYWORD: ReadonlyMap<string, RegExp> = new Map(
  [...ORG_KEYWORDS]
    .map((w) => w.toLowerCase())
    .filter((w) => !STATE_WORDS.has(w) && !STANDS_FOR.has(w))
    .map((w) => [w, new RegExp(`\\b${w}\\b`)] as const),
);

const ONE_WORD_KEY = /^org:([a-z]+)$/;

/**
 * "The Movement for Democratic Renewal won 40 seats… the Movement denounced the count", "the
 * Assembly", "the Federation", "the Fund", "the Board": a body called by its kind alone (its key
 * one keyword) stands for the latest body named in full whose name has that word. Returns the
 * test of those names, or undefined when the key is no such kind.
 */
export function kindStandsFor(key: string): RegExp | undefined {
  const kind = ONE_WORD_KEY.exec(key)?.[1];
  if (kind === undefined) return undefined;
  return STANDS_FOR.get(kind) ?? BY_KEYWORD.get(kind);
}
