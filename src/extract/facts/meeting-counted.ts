import type { Actor } from "../resolve/actor.ts";
import { uniqueByKey } from "./clause.ts";

/** "the two", "the three", "both": how many people the words before a verb say met. */
const COUNTED = /\b(?:the\s+(two|three|four)|both)\b/i;

const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/** "the two", "both", "each other", "together": the words before "met" that say who met. */
const SAY_WHO = /\b(?:the (?:two|three|four)|both|each other|together)\b/i;

/**
 * Whether a group trigger takes only the people listed right before it: "A and B met" (a verb
 * with no object) unless "the two" or "both" says who, and "…said A had held talks with C" (a
 * noun before "with", whose other party the verb's trigger reads).
 */
export function onlyListed(
  verb: boolean,
  text: string,
  start: number,
  left: readonly Actor[],
  at: number,
  end: number,
): boolean {
  const before = text.slice((left.at(-1)?.end ?? at) - start, at - start);
  return (verb && !SAY_WHO.test(before)) || /^\s+with\b/.test(text.slice(end - start));
}

/**
 * "The adviser said A had raised it with B when the two met": a number right before the verb
 * counts those who met — the last people named, not everyone of the clause.
 */
export function countedGroup(
  text: string,
  start: number,
  left: readonly Actor[],
  at: number,
): Actor[] {
  const from = (left.at(-1)?.end ?? at) - start;
  const m = COUNTED.exec(text.slice(from, at - start));
  if (m === null) return [...left];
  const n = COUNT[(m[1] ?? "two").toLowerCase()] ?? 2;
  const latest = uniqueByKey([...left].reverse());
  return latest.length > n ? latest.slice(0, n).reverse() : [...left];
}
