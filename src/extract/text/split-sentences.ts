import { execAll } from "./exec-all.ts";
export interface Sentence {
  readonly text: string;
  /** Offset of the first character in the article body. */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
  readonly index: number;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "rep",
  "sen",
  "gov",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "inc",
  "corp",
  "ltd",
  "co",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "a.m",
  "p.m",
]);

/**
 * Abbreviated months, whose period ends no sentence before a day or a year ("Mar. 5", "Jan.
 * 2025"); elsewhere the word may end one ("…at his hotel in Viña del Mar. Ecuador's…").
 */
const MONTH_ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
]);
const NUMBER_AFTER = /^\.\s+\d/;

/** Abbreviated given names, written before the rest of the name: "Ma." for María. */
const GIVEN_NAME_ABBREVIATIONS = new Set(["ma"]);
const FULL_NAME_AFTER = /^\.\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;

const BOUNDARY = /[.!?]+["”’)]*(?=\s+["“‘(]?[A-Z0-9])|\n+/g;

/** Splits a body into sentences with exact offsets; paragraph breaks always end a sentence. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const match of execAll(BOUNDARY, body)) {
    const cut = match.index + (match[0].startsWith("\n") ? 0 : match[0].length);
    if (!match[0].startsWith("\n") && isAbbreviation(body, match.index)) continue;
    pushTrimmed(body, from, cut, sentences);
    from = match.index + match[0].length;
  }
  pushTrimmed(body, from, body.length, sentences);
  return sentences;
}

function isAbbreviation(body: string, periodAt: number): boolean {
  if (body[periodAt] !== ".") return false;
  const before = /([A-Za-z.]+)$/.exec(body.slice(Math.max(0, periodAt - 12), periodAt));
  const word = before?.[1]?.toLowerCase() ?? "";
  if (ABBREVIATIONS.has(word)) return true;
  if (MONTH_ABBREVIATIONS.has(word)) return NUMBER_AFTER.test(body.slice(periodAt, periodAt + 4));
  // "Secretary Ma. Theresa Lazaro": "Ma." (María) opens a Filipino or Spanish given name.
  if (
    GIVEN_NAME_ABBREVIATIONS.has(word) &&
    FULL_NAME_AFTER.test(body.slice(periodAt, periodAt + 60))
  )
    return true;
  // Initials such as "J." in "John F. Kennedy" or dotted acronyms such as "U.S."
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

function pushTrimmed(body: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start] ?? "")) start++;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
  if (end > start) out.push({ text: body.slice(start, end), start, end, index: out.length });
}
