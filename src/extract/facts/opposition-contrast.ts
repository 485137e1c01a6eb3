import type { Actor } from "../resolve/actor.ts";
import { summaryTarget } from "./opposition-summary.ts";
import { passiveTarget, type OppositionTarget } from "./opposition-target.ts";
import { execAll } from "../text/exec-all.ts";

/** The first participle of a pair: "was welcomed by Ankara", "a step welcomed by Kuwait". */
const FIRST_PASSIVE =
  /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+ed\s+by\b/gi;

/**
 * "The deal was welcomed by Ankara but denounced in Baghdad by…", "…, a step welcomed by Kuwait
 * but denounced by…": a participle joined by "but" to another has the same subject, whatever the
 * first one said of it.
 */
export function contrastTarget(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const summary = summaryTarget(text, start, at, parties);
  if (summary !== undefined) return summary;
  const last = execAll(FIRST_PASSIVE, text.slice(0, at - start)).at(-1);
  return last === undefined ? undefined : passiveTarget(text, start, start + last.index, parties);
}
