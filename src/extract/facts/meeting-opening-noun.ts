import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { actorsBetween, rightClauseEnd, uniqueByKey } from "./clause.ts";
import type { MeetingMention } from "./find-meetings.ts";
import { nounType } from "./meeting-noun-type.ts";
import { modalityOf } from "./modality.ts";

/** "Talks with Museveni", "The meeting with the king": a sentence opening on a meeting noun. */
const OPENING_NOUN =
  /^\W*(?:the\s+)?(talks|meeting|discussions|negotiations|lunch|dinner|breakfast|conversation|call|phone call)\s+with\b/i;

/** "…was postponed", "…was called off": a meeting that did not take place. */
const CALLED_OFF = /\b(?:postponed|cancel(?:l)?ed|called\s+off|scrapped|never\s+took\s+place)\b/i;

/** The first words of a sentence that opens on its subject: titles and names. */
const TITLES_ONLY = /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}$/u;

/**
 * "Ruto visited Kampala on Monday. Talks with Museveni focused on the pipeline": a sentence that
 * opens on a meeting noun with no owner is about the person the sentence before opened on.
 * `opener` is that person; the others are those the clause names after "with".
 */
export function openingNounMeeting(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  opener: Actor | undefined,
): MeetingMention | undefined {
  if (opener === undefined) return undefined;
  const { text, start } = s.sentence;
  const m = OPENING_NOUN.exec(text);
  if (m === null) return undefined;
  const end = start + m[0].length;
  const clauseEnd = rightClauseEnd(text, start, end);
  const others = actorsBetween(actors, end, clauseEnd).filter(
    (a) => a.label === "Person" && !a.possessive && a.key !== opener.key,
  );
  if (others.length === 0) return undefined;
  const rest = text.slice(m[0].length, clauseEnd - start);
  const modality = CALLED_OFF.test(rest) ? "negated" : modalityOf(rest);
  return {
    type: nounType(m[1]),
    participants: uniqueByKey([opener, ...others]),
    modality,
    sentence: s,
    at: start + m.index,
    dateFrom: start + m.index,
  };
}

/** The person a sentence opens on as its subject ("President Ruto arrived…", "He flew…"). */
export function openingPerson(s: AnalyzedSentence, actors: readonly Actor[]): Actor | undefined {
  const { text, start } = s.sentence;
  const first = actors.find((a) => a.label === "Person" || a.label === "Country");
  if (first?.label !== "Person" || first.possessive) return undefined;
  return TITLES_ONLY.test(text.slice(0, first.start - start)) ? first : undefined;
}
