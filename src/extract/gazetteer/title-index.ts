import { RANKS, ROLE_HEADS, ROLE_MODIFIERS } from "./titles.ts";
import { PORTFOLIO_WORDS } from "./portfolios.ts";
import { OFFICE_HEADS } from "../lexicon/name-heads.ts";

/**
 * Offices WordNet knows that the gazetteer lacks ("treasurer", "commodore", "registrar"): titles
 * only as ranks are, written with a capital before a capitalised name ("Treasurer Ian Moka").
 */
const LEXICON_OFFICES: readonly string[] = [...OFFICE_HEADS].filter((o) => !ROLE_HEADS.includes(o));
/** Every head also hyphenated, as it is often written: "Vice-Premier", "Prime-Minister". */
const HEADS: ReadonlySet<string> = new Set([
  ...ROLE_HEADS.flatMap((h) => [h, h.replace(/ /g, "-")]),
  ...LEXICON_OFFICES,
]);
const MODIFIERS: ReadonlySet<string> = new Set(ROLE_MODIFIERS);
/** Heads that are also ordinary words ("general election", "head to"): only as part of a title. */
const WEAK_HEADS: ReadonlySet<string> = new Set([
  "general",
  "head",
  "chief",
  "executive",
  "chair",
  "official",
  "deputy",
  "leader",
  "speaker",
  "founder",
  "secretary",
  "member",
  "father",
  "mother",
  "son",
  "daughter",
  "analyst",
  "wife",
  "husband",
  "sister",
  "brother",
  "widow",
  "aide",
  "counterpart",
  "politician",
  "diplomat",
  "prince",
  "king",
  "queen",
  "representative",
  "officer",
]);
/**
 * "Commissioner-General", "Inspector-General", "Auditor-General": a one-word head and "-general"
 * is the head of an office of its own, whose holder's name follows it ("Commissioner-General
 * Ana Lobo"), never part of that name.
 */
const GENERAL_COMPOUNDS: readonly string[] = [...HEADS]
  .filter((h) => /^[a-z]+$/.test(h))
  .map((h) => `${h}-general`)
  .filter((h) => !HEADS.has(h));
const COMPOUND_HEADS: ReadonlySet<string> = new Set(GENERAL_COMPOUNDS);
/** Ranks that are also plain words ("a major step"): a title only when written with a capital. */
const RANK_WORDS: ReadonlySet<string> = new Set([...RANKS, ...LEXICON_OFFICES]);
/**
 * For the first word of every head, singular and plural, the most words a head beginning with it
 * has. A word no head begins with ("the", "said") is passed over without trying each length, and
 * "ambassador" tries one word, not four: "foreign minister" begins with "foreign", "ministers" with
 * "ministers".
 */
const HEAD_SPAN: ReadonlyMap<string, number> = (() => {
  const spans = new Map<string, number>();
  for (const h of [...HEADS, ...GENERAL_COMPOUNDS]) {
    const words = h.split(" ");
    const first = words[0] ?? h;
    spans.set(first, Math.max(spans.get(first) ?? 0, words.length));
    spans.set(`${first}s`, Math.max(spans.get(`${first}s`) ?? 0, 1));
  }
  return spans;
})();
/** First words of any title: most tokens are rejected by one set lookup. */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  ...LEXICON_OFFICES,
  ...GENERAL_COMPOUNDS,
  ...ROLE_MODIFIERS.map((m) => m.split(" ")[0] ?? m),
  ...ROLE_HEADS.flatMap((h) => [h.split(" ")[0] ?? h, `${h.split(" ")[0] ?? h}s`]),
  // "Vice-Premier", "Colonel-Major": a hyphenated head is one word.
  ...ROLE_HEADS.filter((h) => h.includes(" ")).map((h) => h.replace(/ /g, "-")),
]);

export function mayStartTitle(word: string): boolean {
  return mayStartLowerTitle(word.toLowerCase());
}

/** `mayStartTitle` of a word already in lowercase (a token's `lower`): no lowercasing again. */
export function mayStartLowerTitle(lower: string): boolean {
  return FIRST_WORDS.has(lower);
}

export interface TitleMatch {
  /** Token count of the whole title (modifiers + head). */
  readonly length: number;
  readonly head: string;
  readonly weak: boolean;
  readonly plural: boolean;
  /** A rank alone ("Captain", "Major"): a title only when capitalised. */
  readonly rank: boolean;
}

/**
 * Whether `words[k]` qualifies the head after it: a modifier, or two portfolios joined by "and"
 * ("trade and industry minister", "foreign and cooperation minister").
 */
function isModifier(words: readonly string[], k: number): boolean {
  const word = words[k] ?? "";
  if (MODIFIERS.has(word)) return true;
  if (word === "and")
    return k > 0 && MODIFIERS.has(words[k - 1] ?? "") && PORTFOLIO_WORDS.has(words[k + 1] ?? "");
  return words[k - 1] === "and" && PORTFOLIO_WORDS.has(word);
}

/** Matches modifiers + a role head at the start of `words` (lowercased). */
export function matchTitleWords(words: readonly string[]): TitleMatch | undefined {
  let best: TitleMatch | undefined;
  for (let mods = 0; mods <= 3 && mods < words.length; mods++) {
    if (mods > 0 && !isModifier(words, mods - 1)) break;
    const span = HEAD_SPAN.get(words[mods] ?? "");
    if (span === undefined) continue;
    for (let len = Math.min(span, words.length - mods); len >= 1; len--) {
      const written = joinWords(words, mods, mods + len);
      // "the two ministers", "both leaders": a plural head is the same role.
      const head = HEADS.has(written) ? written : written.replace(/s$/, "");
      if (!HEADS.has(head) && !COMPOUND_HEADS.has(head)) continue;
      if (best === undefined || mods + len > best.length) {
        best = {
          length: mods + len,
          head,
          weak: mods === 0 && WEAK_HEADS.has(head),
          plural: head !== written,
          // "the energy major TotalEnergies": a rank after a lowercase word is a plain noun too.
          rank: RANK_WORDS.has(head),
        };
      }
      break;
    }
  }
  return best;
}

/** `words.slice(from, to).join(" ")` without the array: tried for each length at each title word. */
function joinWords(words: readonly string[], from: number, to: number): string {
  let out = words[from] ?? "";
  for (let k = from + 1; k < to; k++) out += ` ${words[k] ?? ""}`;
  return out;
}
