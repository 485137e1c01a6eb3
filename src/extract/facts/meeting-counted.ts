import type { Actor } from "../resolve/actor.ts";
import { uniqueByKey } from "./clause.ts";

/** How many "two", "three" or "four" (lowercase) counts. */
export const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/** "the two", "the three", "both": how many people the words before a verb say met. */
const COUNTED_WORDS = String.raw`the\s+(two|three|four)|both`;
const COUNTED = new RegExp(`\\b(?:${COUNTED_WORDS})\\b`, "i");

/** "the two", "both", "each other", "together": the words before "met" that say who met. */
const SAY_WHO = new RegExp(`\\b(?:${COUNTED_WORDS}|each other|together)\\b`, "i");

/** The words between the last person listed before a trigger at `at` and the trigger. */
export function wordsBefore(
  text: string,
  start: number,
  left: readonly Actor[],
  at: number,
): string {
  return text.slice((left.at(-1)?.end ?? at) - start, at - start);
}

/**
 * Whether a group trigger takes only the people listed right before it: "A and B met" (a verb
 * with no object) unless "the two" or "both" in `before` (`wordsBefore`) says who, and "…said A
 * had held talks with C" (a noun before "with", whose other party the verb's trigger reads).
 */
export function onlyListed(
  verb: boolean,
  before: string,
  text: string,
  start: number,
  end: number,
): boolean {
  return (verb && !SAY_WHO.test(before)) || /^\s+with\b/.test(text.slice(end - start));
}

/**
 * "The adviser said A had raised it with B when the two met": a number right before the verb
 * (in `before`, the `wordsBefore` it after `left`) counts those who met — the last people named,
 * not everyone of the clause.
 */
export function countedGroup(before: string, left: readonly Actor[]): Actor[] {
  const m = COUNTED.exec(before);
  if (m === null) return [...left];
  // "both" (no number word) counts two.
  const n = COUNT[m[1]?.toLowerCase() ?? ""] ?? 2;
  const latest = uniqueByKey([...left].reverse());
  return latest.length > n ? latest.slice(0, n).reverse() : [...left];
}
