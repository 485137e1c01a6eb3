import { type Token } from "../text/tokenize.ts";

export function spanOf(tokens: readonly Token[], from: number, to: number, text: string) {
  const first = tokens[from];
  const last = tokens[to - 1];
  return {
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    from,
    to,
    text,
    possessive: last?.possessive ?? false,
  };
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** A lowercase letter after a hyphen (global: used by replace only). */
const HYPHEN_LOWER = /-(\p{Ll})/gu;

/** Titles already cased: the same few hundred roles ("Foreign Minister") recur in every article. */
const titleCased = new Map<string, string>();
/** Bounds the memo's memory; far more than the distinct titles of a large corpus. */
const MAX_TITLES = 20_000;

/** "foreign minister" → "Foreign Minister", "vice-president" → "Vice-President"; memoised. */
export function titleCase(text: string): string {
  const known = titleCased.get(text);
  if (known !== undefined) return known;
  if (titleCased.size >= MAX_TITLES) titleCased.clear();
  const value = caseTitle(text);
  titleCased.set(text, value);
  return value;
}

function caseTitle(text: string): string {
  return text
    .split(" ")
    .map((w) => (["of", "for", "the", "and"].includes(w) ? w : capitalize(w)))
    .join(" ")
    .replace(HYPHEN_LOWER, (_, c: string) => `-${c.toUpperCase()}`);
}
