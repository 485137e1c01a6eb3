import { isPeopleNoun } from "../lexicon/people-nouns.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { execAll } from "../text/exec-all.ts";
import type { MeetingMention } from "./find-meetings.ts";
import { clauseWindow, modalityOf } from "./modality.ts";
import { nounType } from "./meeting-noun-type.ts";

/**
 * One person's meeting with people the sentence does not name: "held a video call with provincial
 * premiers", "welcomed his Gulf and Arab counterparts", "hosted the foreign ministers of the
 * region". The verb (or a meeting noun and "with") is followed, past a determiner and up to three
 * modifiers, by a plural noun of people (people-nouns.ts).
 */
const WITH_GROUP =
  /\b(?:(?:held|hosted|chaired|convened|had|led|joined)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}?(talks|meeting|call|session|videoconference|conference|dinner|lunch|breakfast)\s+with|(met|welcomed|received|hosted|gathered|convened)|spoke\s+(?:by\s+(?:phone|telephone|video)\s+)?with)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}[\p{L}-]*s)\b/gu;

/** Groups too loose to be a meeting's party: "people", "officials", "reporters". */
const STOP_GROUPS = /^(?:people|others|officials|reporters|journalists)$/i;

/** Only a title before the name: "UN Secretary-General ", "President ". */
const TITLE_ONLY = /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)\s+){0,6}$/u;

/** Words that end the group's modifiers: a group named by what it is not, or of another kind. */
const NOT_MODIFIER = /\b(?:of|from|in|at|on|to|by|who|that|which|with|for)\b/i;

/**
 * "Rohingya community leaders met Guterres", "Opposition leaders held talks with Ruto": a plural
 * noun of people, up to four words from the sentence's start, as the subject of a meeting verb
 * whose object is the one person named.
 */
const GROUP_SUBJECT =
  /^(?:\d{1,2}[:.]\d{2}\s+[—¦–¬-]\s+)?(?:[\p{L}'’-]+\s+){0,4}?(\p{Ll}[\p{L}-]*s)\s+(?:(?:also|later|then|have|has|had)\s+)?(?:met(?:\s+with)?|held\s+talks\s+with|called\s+on|visited)\s+/u;

/**
 * "hosted the meeting of the Nordic-Baltic Eight", "chaired a session of the bloc's finance
 * ministers": a gathering of a group, named by its own name (capitalised) or by a plural noun of
 * people (checked after), that the one person named held. Not a summit or a conference, whose
 * attendees need not meet each other.
 */
const HELD_GATHERING =
  /\b(?:hosted|chaired|convened|co-chaired|presided\s+over)\s+(?:the|a|an|this\s+year['’]s|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(meeting|session|gathering|talks)\s+of\s+(?:the\s+)?(?:\p{Lu}|(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{L}-]*s)\b)/gu;

const mayMeetGroup = gatedTest(
  /\b(?:with|met|welcomed|received|hosted|gathered|convened|chaired|presided)\b/,
);

/**
 * "Carney had held a video call with provincial premiers on Monday": a meeting held by the one
 * person the sentence names with people it leaves unnamed, told so that a later sentence may add
 * them ("Eby and Ford were both on the call", "Around the table sat A, B and C"). Only a sentence
 * naming one person, that person before the verb; none where a meeting of two people is read.
 */
export function meetingWithGroup(
  s: AnalyzedSentence,
  actors: readonly Actor[],
): MeetingMention | undefined {
  const { text, start } = s.sentence;
  if (!mayMeetGroup(text)) return undefined;
  const people = actors.filter((a) => a.label === "Person" && !a.possessive);
  if (people.length !== 1) return undefined;
  const host = people[0]!;
  const subject = GROUP_SUBJECT.exec(text);
  if (
    subject !== null &&
    host.start - start >= subject[0].length &&
    TITLE_ONLY.test(text.slice(subject[0].length, host.start - start)) &&
    isPeopleNoun(subject[1] ?? "") &&
    !STOP_GROUPS.test(subject[1] ?? "") &&
    modalityOf(subject[0]) === "asserted"
  )
    return {
      type: "meeting",
      participants: [host],
      modality: "asserted",
      sentence: s,
      at: start + subject.index,
      dateFrom: start + subject.index,
    };
  const gathering = heldGathering(text, start, host);
  if (gathering !== undefined) return { ...gathering, sentence: s };
  WITH_GROUP.lastIndex = 0;
  for (let m = WITH_GROUP.exec(text); m !== null; m = WITH_GROUP.exec(text)) {
    const at = start + m.index;
    if (host.end > at) continue;
    if (NOT_MODIFIER.test(m[3] ?? "") || !isPeopleNoun(m[4] ?? "")) continue;
    if (STOP_GROUPS.test(m[4] ?? "")) continue;
    // "will hold a call with the premiers", "did not meet his counterparts": not held.
    if (modalityOf(`${clauseWindow(text, m.index, 40)}${m[0]}`) !== "asserted") return undefined;
    return {
      type: nounType(m[1]),
      participants: [host],
      modality: "asserted",
      sentence: s,
      at,
      dateFrom: at,
    };
  }
  return undefined;
}

/**
 * "Braže hosted the meeting of the Nordic-Baltic Eight in Riga": the host's meeting of a group
 * the sentence does not name person by person, for those a later sentence adds ("Tsahkna and
 * Valtonen attended in person"). Not "hosted a meeting of the minds", whose noun names no people.
 */
function heldGathering(
  text: string,
  start: number,
  host: Actor,
): Omit<MeetingMention, "sentence"> | undefined {
  for (const m of execAll(HELD_GATHERING, text)) {
    const at = start + m.index;
    if (host.end > at) continue;
    if (m[2] !== undefined && (!isPeopleNoun(m[2]) || STOP_GROUPS.test(m[2]))) continue;
    if (modalityOf(`${clauseWindow(text, m.index, 40)}${m[0]}`) !== "asserted") return undefined;
    return { type: nounType(m[1]), participants: [host], modality: "asserted", at, dateFrom: at };
  }
  return undefined;
}
