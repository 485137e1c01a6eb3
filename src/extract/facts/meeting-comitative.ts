import type { Actor } from "../resolve/actor.ts";
import { actorsBetween } from "./clause.ts";
import { participantsOf, type Participants, type Reading } from "./meeting-participants.ts";
import { nounType } from "./meeting-noun-type.ts";
import type { Trigger } from "./meeting-triggers.ts";
import {
  NOT_TOGETHER,
  READ_ELSEWHERE,
  RELATIONAL,
  SAID_TOGETHER,
  TOGETHER_ALONE,
} from "./meeting-comitative-words.ts";

/**
 * Co-presence told without a meeting word: a person did something, in the past, together with
 * another person ("laid a wreath with", "shook hands with", "finalised the text with"), handed
 * something over to one ("conveyed the objections to", "handed a letter to", "handed B a
 * letter") or told one something ("told B on Tuesday that…"). The verb is any past tense; what
 * rules a reading out is the verb's class (a relation, a comparison, an instrument, a plan:
 * `NOT_TOGETHER`), the noun the preposition hangs on ("ties with": `RELATIONAL`), and a passive
 * or an adjective ("was credited with", "the signed deal with").
 */

/**
 * The frames, each a trigger: company kept ("laid a wreath with B", "alongside B"), a thing handed
 * over ("conveyed … to B"), one handed something ("handed B a letter"), an act done jointly
 * ("toured the port together") and words told ("told B that…").
 */
export type Frame = "with" | "to" | "handed" | "joint" | "told";

/** Past tenses that do not end in "-ed" and may take "with" someone. */
const IRREGULAR = "laid|shook|took|made|held|cut|led|rode|flew|drove|ate|sat";

/**
 * "laid a wreath with", "dined with", "laid a wreath at the memorial alongside": a past verb, up
 * to six words of its object (no new clause, no second object), then "with" or "alongside". The object's words stop at a conjunction or a preposition that
 * opens another phrase ("thanked B for his work with C").
 */
const WITH_RE = new RegExp(
  String.raw`\b([a-z]{2,}[^\We]ed|${IRREGULAR})((?:\s+(?!(?:and|or|but|that|which|who|whom|to|as|when|while|after|before|for|since|because|than)\b)[\p{L}\p{N}'’$.-]+){0,6}?)\s+(?:with|alongside)\b`,
  "gu",
);

/**
 * "conveyed Dhaka's objections to B", "handed a letter to B", "delivered a message from A to B":
 * a thing handed over in person. "sent" and "wrote" are not here: a letter sent is no meeting.
 */
const TO_RE =
  /\b(conveyed|handed(?:\s+over)?|delivered|presented|passed\s+on|relayed)((?:\s+(?!(?:and|or|but|that|which|who|whom|to|as|when|while|after|before|for|since|because|than|by)\b)[\p{L}\p{N}'’$.-]+){1,6}?)\s+to\b/gu;

/**
 * "A and B toured the port together", "A and B jointly opened the bridge", "together laid the
 * stone": a past verb that the subjects did together.
 */
const JOINT_RE = new RegExp(
  String.raw`\b(?:together|jointly)\s+([a-z]{2,}[^\We]ed|${IRREGULAR})\b|\b([a-z]{2,}[^\We]ed|${IRREGULAR})(?:\s+(?!(?:and|or|but|that|which|who|whom|with|to|as|when|while)\b)[\p{L}\p{N}'’-]+){1,5}?\s+together\b(?!\s+with\b)`,
  "gu",
);

/** How the subjects of a joint act are read: those listed together before the verb. */
const AS_SUBJECTS: Reading = { shape: "subjects" };

/** "handed B a letter": the recipient right after the verb (not "handed over", "handed down"). */
const HANDED_RE = /\bhanded\b(?!\s+(?:over|down|out|back|in|off|power)\b)/gu;

/** A meeting's own noun inside the object: "held separate talks at State House with". */
const MEETING_NOUN =
  /\b(?:talks|meetings?|calls?|summit|discussions|negotiations|conversations?|consultations|sessions?|conference)\b/i;

/** "was credited with", "the signed deal with", "its planned talks with": no verb of a subject. */
const NOT_FINITE =
  /\b(?:is|are|was|were|be|been|being|having|get|gets|got|a|an|the|its|his|her|their|this|that|these|those|newly|so-called|jointly)\s+$/i;

/**
 * "conveyed … to B in a letter", "told B to reopen the border, in a speech": handed over or told
 * at a distance (read up to the words of a report).
 */
const AT_A_DISTANCE =
  /\b(?:in|through|via|by)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:letter|message|statement|note|cable|telegram|post|tweet|email|e-mail|speech|address|interview|broadcast)\b/iu;

/** ", his office said in a statement": a report's own words, after which nothing is the act's. */
const REPORT_STARTS = /\b(?:said|says|according)\b/i;

/** "told the leaders", "told both men": a plural noun phrase heard. */
const PLURAL_HEARERS =
  /^\s+(?:the|all|both|fellow)\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+s|men|women|people)\b(?!['’])/u;

/** ", at the ministry", "on Monday in Dhaka", "during his visit": where the thing was handed over. */
const AT_A_PLACE =
  /^\s*,?\s*(?:(?:on|last|this|earlier|later)\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?\s+)?(?:at|in|inside|during)\s+(?:the|a|an|his|her|their|its|\p{Lu})/u;

/**
 * "Boric laid a wreath with Milei at the monument", "Duda shook hands with Zelensky", "Attaf
 * conveyed Algeria's concerns to Ambassador B at the ministry", "Attaf handed B a letter".
 */
export const COMITATIVE_TRIGGERS: readonly Trigger[] = [
  {
    // "Macron, speaking alongside Merz in Berlin, said…", "standing beside X at the ceremony",
    // "appeared next to X at a news conference" ("appeared alongside X" is the "with" frame's).
    re: /\b(?:speaking|standing|appearing|sitting|seated|spoke|stood)\s+(?:alongside|beside|next\s+to)\b|\b(?:appeared|sat)\s+(?:beside|next\s+to)\b/giu,
    hint: /alongside|beside|next\s+to/i,
    shape: "verb",
    type: () => "meeting",
    direct: true,
  },
  {
    re: WITH_RE,
    hint: /\b(?:with|alongside)\b/i,
    shape: "comitative",
    frame: "with",
    type: () => "meeting",
  },
  {
    re: TO_RE,
    hint: /conveyed|handed|delivered|presented|passed\s+on|relayed/i,
    shape: "comitative",
    frame: "to",
    type: () => "meeting",
  },
  {
    re: HANDED_RE,
    hint: /\bhanded\b/i,
    shape: "comitative",
    frame: "handed",
    type: () => "meeting",
  },
  {
    // "In a call on Monday, A and B agreed…", "During talks in Doha, A and B…": a meeting named
    // before the comma, held by the people listed right after it (not a summit, which many attend).
    re: /^\s*(?:in|during|over)\s+(?:a|an|their)\s+(?:[\p{L}-]+\s+){0,2}?(call|phone call|telephone call|video call|meeting|talks|conversation)\b(?!\s+(?:of|with|between)\b)/giu,
    hint: /^\s*(?:in|during|over)\s/i,
    shape: "group",
    type: (m) => nounType(m[1]),
    fronted: true,
  },
  {
    // "The meeting, attended by A and B, lasted…": those who attended a meeting (not a summit or
    // a ceremony, which many attend without meeting) met; also past a few words on the meeting
    // ("The talks before the signing, attended by A, B and C, ran…").
    re: /\b(meeting|talks|dinner|lunch|luncheon|breakfast|session|consultations|negotiations)(?:\s+(?!attended\b)[\p{L}\p{N}'’-]+){0,6}?\s*,?\s+(?:which\s+was\s+|which\s+were\s+)?(?:also\s+)?attended\s+by\b/giu,
    hint: /\battended\s+by\b/i,
    shape: "between",
    type: (m) => nounType(m[1]),
  },
  {
    // "Ruto was granted an audience by Pope Leo": the passive of "granted an audience to".
    re: /\b(?:was|were)\s+(?:granted|given)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?audience\s+(?:(?!by\b)[\p{L}\p{N}_'’-]+\s+){0,6}?by\b/giu,
    hint: /audience/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    re: JOINT_RE,
    hint: /\b(?:together|jointly)\b/i,
    shape: "comitative",
    frame: "joint",
    type: () => "meeting",
  },
  {
    // "Kristrún told von der Leyen on Tuesday that…": words addressed to one person.
    re: /\btold\b/gu,
    hint: /\btold\b/i,
    shape: "comitative",
    frame: "told",
    type: () => "meeting",
  },
];

/** How the people of a co-presence trigger are read: as a verb's subject and direct object. */
const AS_VERB: Reading = { shape: "verb", direct: true };

/**
 * The subject and the person kept company with or handed something, when the verb's class, the
 * noun the preposition hangs on and the words before the verb allow it; else none.
 */
export function comitativeParticipants(
  trigger: Trigger,
  m: RegExpExecArray,
  text: string,
  start: number,
  at: number,
  end: number,
  people: readonly Actor[],
): Participants {
  const none = { all: [], subjects: 0 };
  if (NOT_FINITE.test(text.slice(Math.max(0, m.index - 20), m.index))) return none;
  if (trigger.frame === "joint") {
    // "A and B jointly announced…": a statement made together may be made apart.
    const joint = (m[1] ?? m[2] ?? "").toLowerCase();
    if (NOT_TOGETHER.has(joint) || SAID_TOGETHER.has(joint)) return none;
    const found = participantsOf(AS_SUBJECTS, text, start, at, end, people);
    return found.all.length >= 2 ? found : none;
  }
  if (trigger.frame === "with") {
    const verb = (m[1] ?? "").toLowerCase();
    const object = (m[2] ?? "").trim();
    if (NOT_TOGETHER.has(verb) || READ_ELSEWHERE.has(verb)) return none;
    if (object === "" && !TOGETHER_ALONE.has(verb)) return none;
    const last = object.split(/\s+/).at(-1)?.toLowerCase() ?? "";
    // "took issue with" disagrees; "raised the issue with" talks.
    if (RELATIONAL.has(last) || (verb === "took" && last === "issue")) return none;
    // "held separate meetings in Beirut with A, B and C": the meeting's noun has its own trigger.
    if (MEETING_NOUN.test(object)) return none;
  }
  // "delivered a message from Trump to Putin": only a sender may be named inside the object.
  const inside = actorsBetween(people, at, end).filter(
    (a) => !/\bfrom\s+$/i.test(text.slice(Math.max(0, a.start - start - 6), a.start - start)),
  );
  if (inside.length > 0) return none;
  const found = participantsOf(AS_VERB, text, start, at, end, people);
  const afterObject = text.slice(Math.max(end, ...found.all.map((a) => a.end)) - start);
  const report = REPORT_STARTS.exec(afterObject);
  const act = report === null ? afterObject : afterObject.slice(0, report.index);
  if (found.all.length < 2 || AT_A_DISTANCE.test(act)) return none;
  // "conveyed the objections to B at the ministry": a thing handed over at a place, in person —
  // not "delivered an invitation to B to attend…", which an aide may have carried.
  if (trigger.frame === "to" && !AT_A_PLACE.test(afterObject)) return none;
  // "told the leaders": a speech to a gathering is no meeting with each of its members.
  if (
    trigger.frame === "told" &&
    (isGroup(people, end) || PLURAL_HEARERS.test(text.slice(end - start)))
  )
    return none;
  return found;
}

/** Whether the first person after `from` is a description standing for several ("the leaders"). */
function isGroup(people: readonly Actor[], from: number): boolean {
  const first = people.find((a) => a.start >= from);
  return first !== undefined && people.some((a) => a !== first && a.start === first.start);
}
