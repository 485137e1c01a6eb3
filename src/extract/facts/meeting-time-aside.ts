/**
 * "Fidan had dined on Tuesday evening, shortly after landing, with Shide", "…was received by
 * Aoun on Monday, shortly after landing, and on Tuesday held talks with Salam": a time phrase set
 * off by commas between a meeting's words and whom it was with, or before the next clause of the
 * same subject. It tells when, not who, so the meeting's clause reads on past it.
 */
const TIME_ASIDE =
  /,\s+(?:(?:shortly|soon|just|only|hours|minutes|moments|a\s+day|days)\s+)?(?:after|before|upon)\s+(?:[a-z]+ing|(?:his|her|their)\s+arrival)(?:\s+[\p{L}-]+){0,3}\s*,(?=\s+(and|with)\s)/gu;

/** Cheap test before the search: every aside holds one of these words. */
const HINT = /\b(?:after|before|upon)\b/;

/**
 * The text with each time aside blanked (same length, so offsets hold): wholly before "with",
 * its first comma kept before "and", which opens a new clause of the same subject.
 */
export function withoutTimeAsides(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(TIME_ASIDE, (m: string, next: string) =>
    next === "and" ? `,${" ".repeat(m.length - 1)}` : " ".repeat(m.length),
  );
}
