import type { Actor } from "../resolve/actor.ts";

/**
 * A speech verb opening a reported clause, with no party before it in its sentence: "The ministry
 * said ", "Officials told reporters that ".
 */
const SPEECH_OPENING =
  /^([^"“,;]*?)\b(?:said|says|stated|added|noted|insisted|stressed|declared|announced|argued|(?:told|tells)\s+(?:reporters|journalists|parliament|lawmakers|the\s+\w+))\b/i;

/**
 * "The ministry said it expected Kyiv to act and warned against further strikes": a verb joined
 * by "and" to a speech verb whose subject is named by no party shares that subject, not the
 * subject of the reported clause (`first`, the sentence's first party, after the speech verb).
 * Where the speech verb stands, or undefined when `first` is not inside a reported clause.
 */
export function speechBeforeReported(
  text: string,
  start: number,
  first: Actor,
): number | undefined {
  const m = SPEECH_OPENING.exec(text.slice(0, first.start - start));
  return m === null ? undefined : start + (m[1] ?? "").length;
}
