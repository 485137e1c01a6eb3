import type { Actor } from "../resolve/actor.ts";
import { COPULA, JUDGED } from "./opposition-verbs.ts";
import { judgedAsVerdict } from "./opposition-valence.ts";
import { targetOf, whatOf } from "./opposition-target.ts";
import type { OppositionMention } from "./find-oppositions.ts";

/**
 * "The new border fence is 'unacceptable', Paraguay's foreign minister said on Monday": a
 * sentence that opens with a verdict on something and names its speaker after a comma. The
 * first group is what is judged, the second the speaker.
 */
export const TRAILING_VERDICT = new RegExp(
  String.raw`^["“]?((?:[\p{L}\d'’.-]+\s+){1,10}?)${COPULA}${JUDGED}\b[^,;"”]{0,40}["”]?\s*,\s*["”]?\s*((?:[\p{L}\d'’.-]+\s+){1,7}?)(?:said|says|told|tells|added|insisted|argued|stated|declared)\b`,
  "iu",
);

/** The comma before the speaker: a sentence without one skips TRAILING_VERDICT. */
export const TRAILING_HINT = /,/;

/**
 * "Kast's trench plan was 'unacceptable', the minister said": the speaker named after the verdict
 * holds a stance against what opens the sentence.
 */
export function trailingVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  if (!TRAILING_HINT.test(text)) return [];
  const m = TRAILING_VERDICT.exec(text);
  if (m === null) return [];
  const subject = (m[1] ?? "").trim();
  const subjectStart = start + m[0].indexOf(m[1] ?? "");
  const speakerStart = start + m[0].lastIndexOf(m[2] ?? "");
  const speakers = parties.filter(
    (a) => a.start >= speakerStart && a.end <= speakerStart + (m[2] ?? "").length && !a.possessive,
  );
  const holder = speakers.find((a) => a.label === "Person") ?? speakers[0];
  if (holder === undefined || /^(?:it|this|that|they|he|she|we|i)$/i.test(subject)) return [];
  const target = targetOf(
    text.slice(0, subjectStart - start + subject.length),
    start,
    subjectStart,
    parties,
  );
  if (target === undefined || !judgedAsVerdict(m, target)) return [];
  if ("actor" in target && target.actor.key === holder.key) return [];
  return [{ holder, target, what: whatOf(target), verb: "said", at: speakerStart }];
}
