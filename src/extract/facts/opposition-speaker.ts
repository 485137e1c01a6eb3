import { SPEECH_VERBS } from "./speech-verbs.ts";
import type { Actor } from "../resolve/actor.ts";

/** "told reporters", "tells the committee", "told a news conference": telling someone. */
export const TOLD_SOMEONE = String.raw`(?:told|tells)\s+(?:him|her|them|reporters|journalists|parliament|lawmakers|legislators|the\s+\w+(?:\s+\w+)?|a\s+(?:news|press)\s+conference)`;

/**
 * A reporting verb ("said", "told reporters"), its time phrase and "that", ending right before the
 * embedded subject.
 */
const REPORTING = new RegExp(
  String.raw`\b(?:said|says|warned|warns|insisted|stressed|declared|made\s+clear|vowed|${TOLD_SOMEONE})\s+(?:(?:afterwards|afterward|later|again|repeatedly)\s+)?(?:(?:earlier|later|last|this|on|in)\s+(?:\w+\s+){0,2}?)?(?:that\s+)?["“]?$`,
  "i",
);

/**
 * Between the speaker and the reporting verb: nothing, an aside set off by commas, or an earlier
 * predicate of the same speaker joined by "and" ("Maduro rejected the ruling and insisted that…").
 */
const SPEAKER_GAP =
  /^\s*(?:,[^,]{1,90},\s*)?(?:(?:has|had|also|\w+ly)\s+)*(?:\w+ed\s+[^,;.]{1,80}?\s+and\s+(?:\w+ly\s+)?)?$/i;

/** ", Péter Szijjártó, said": the comma closing an aside that names the speaker. */
const CLOSING_COMMA = /^\s*,\s*$/;

/**
 * Words of one who speaks for a state rather than in their own name: a spokesperson, a mission, a
 * ministry, or a civil servant at its head ("the principal secretary for foreign affairs"); Japan's
 * chief cabinet secretary is its government's spokesperson by office.
 */
const STATE_VOICE =
  /spokes(?:person|man|woman)|ministry|embassy|envoy|ambassador|presidency|(?:principal|permanent|chief\s+cabinet)\s+secretary|director[- ]general/i;

/**
 * "Velayati, an adviser to the Supreme Leader, warned that Iran would block the corridor",
 * "Pezeshkian said Iran remained opposed to…": a person telling what their own state will do or
 * holds states the stance in their own name, so the speaker holds it, not the state they name
 * (unless the person is known to represent another state).
 */
export function reportingSpeaker(
  text: string,
  start: number,
  subject: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (subject.label !== "Country") return undefined;
  const from = Math.max(0, subject.start - start - 60);
  const m = REPORTING.exec(text.slice(from, subject.start - start));
  if (m === null) return undefined;
  const verbAt = start + from + m.index;
  // "spokesperson Maria Zakharova said Russia…": one who speaks for the state leaves it the holder.
  if (STATE_VOICE.test(text.slice(0, verbAt - start))) return undefined;
  return parties.find(
    (a) =>
      a.label === "Person" &&
      // "The president said Chile…": a person named or described by a title, not "she" (perhaps
      // a spokeswoman named in an earlier sentence).
      (a.via === "name" || a.via === "description") &&
      !a.possessive &&
      a.end <= verbAt &&
      (a.country === undefined || `country:${a.country}` === subject.key) &&
      (SPEAKER_GAP.test(text.slice(a.end - start, verbAt - start)) ||
        // "Hungary's foreign minister, Péter Szijjártó, said Budapest would…": the name set off
        // by commas after its description is the speaker.
        (CLOSING_COMMA.test(text.slice(a.end - start, verbAt - start)) &&
          /,\s*$/.test(text.slice(Math.max(0, a.start - start - 3), a.start - start)))),
  );
}

/**
 * "…said it", "…said on Sunday that they", "…has made clear it": a speech verb whose clause opens
 * with "it" or "they".
 */
const SAID_PRONOUN = new RegExp(
  String.raw`\b(?:${SPEECH_VERBS}|ma(?:de|kes?|king)\s+(?:it\s+)?clear|warned|vowed|signall?ed)\s+(?:(?:on|in|last|this|earlier|later)\s+(?:\w+\s+){1,3}?)?(?:that\s+)?(?:it|they)\s+["“]?(?:(?:\w+ly|also|still|would|will|had|has|have|was|were)\s+)*$`,
  "i",
);

/**
 * "Russia's embassy in La Paz said it regretted…": where the speech verb stands, when the subject of
 * a verb is "it" or "they" opening what was said, so the speaker can be read as its subject.
 */
export function speechBeforePronoun(text: string, start: number, at: number): number | undefined {
  const from = Math.max(0, at - start - 80);
  const m = SAID_PRONOUN.exec(text.slice(from, at - start));
  return m === null ? undefined : start + from + m.index;
}

const UNRESOLVED_PRONOUN = /(?:^|[^\w'’])(?:they|he|she|it)\s+["“]?(?:\w+ly\s+)?$/i;

/** "They sanctioned Zimbabwe": the verb's subject is a pronoun that no party stands for. */
export function unresolvedPronoun(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): boolean {
  const m = UNRESOLVED_PRONOUN.exec(text.slice(0, at - start));
  return m !== null && !parties.some((a) => a.start >= start + m.index && a.end <= at);
}
