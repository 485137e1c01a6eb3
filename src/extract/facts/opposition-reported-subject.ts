import type { Actor } from "../resolve/actor.ts";
import { TOLD_SOMEONE } from "./opposition-speaker.ts";
import { SPEECH_VERBS } from "./speech-verbs.ts";

/**
 * A speech verb opening a reported clause, with no party before it in its sentence: "The ministry
 * said ", "Officials told reporters that ".
 */
const SPEECH_OPENING = new RegExp(
  String.raw`^([^"“,;]*?)\b(?:${SPEECH_VERBS}|noted|argued|${TOLD_SOMEONE})\b`,
  "i",
);

/**
 * An organ named by its kind alone opening the sentence, right before its verb: "The ministry
 * summoned…", "The foreign ministry also received…", "The presidency on Monday welcomed…".
 */
const ORGAN_OPENING =
  /^(?:(?:On\s+\w+|In\s+a\s+statement),\s+)?[Tt]he\s+(?:[a-z]+\s+){0,2}?(?:ministry|presidency|government|cabinet)\s+(?=(?:(?:also|has|have|had|\w+ly|on\s+\w+day)\s+)*[a-z]+(?:ed|s)\b)/;

/**
 * "The ministry said it expected Kyiv to act and warned against further strikes", "The ministry
 * summoned the envoy of Peru and protested…": a verb joined by "and" to an earlier one whose
 * subject is named by no party shares that subject, not the party first named after it (`first`,
 * the sentence's first party, in the earlier verb's object or reported clause). Where the earlier
 * verb stands, or undefined when a party may be the subject.
 */
export function unnamedSubjectVerb(text: string, start: number, first: Actor): number | undefined {
  const head = text.slice(0, first.start - start);
  const organ = ORGAN_OPENING.exec(head);
  if (organ !== null) return start + organ[0].length;
  const m = SPEECH_OPENING.exec(head);
  return m === null ? undefined : start + (m[1] ?? "").length;
}
