import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { MeetingMention } from "./find-meetings.ts";

/**
 * A meeting reported, then denied. "A Kenyan daily said Ruto met the rebel leader in Kampala. No
 * such meeting took place, State House said." News often tells a claim first and its denial
 * after it, in the next sentence or two, or after "but" in the same one ("…, the paper said, but
 * his office denied it"). Only a denial of the meeting itself counts: that it never happened
 * ("the meeting never happened", "denied that the two had met"), or that the report which told
 * it is false ("dismissed the report as invented"). After a meeting held, news mostly denies
 * something else — a claim made at it, an accusation, a report of a deal ("She denied that he had
 * threatened her", "denied that the two had talked about the border") — and that keeps it.
 */

/** A cheap gate: a sentence without these words denies nothing. */
const DENIAL_HINT =
  /den[iy]|never|no\s+(?:such|meeting|talks|call|contact|encounter)|not\s+(?:take|happen|occur|meet)|n['’]t\s+(?:take|happen|occur|meet)|false|untrue|baseless|dismiss|reject|refut|fabricat|invent|unfounded|groundless|inaccurate/i;

/** The nouns a later sentence names the meeting by. */
const MEETING = String.raw`(?:meeting|meetings|talks|call|phone\s+call|conversation|encounter|contact|visit)`;

/** What a report denied is called: "reports of a meeting were false", "…were denied". */
const FALSE = String.raw`(?:false|untrue|baseless|fabricated|invented|wrong|unfounded|groundless|incorrect|inaccurate|denied|dismissed|rejected)`;

/**
 * A meeting said not to have happened, whole: "No such meeting took place", "the meeting never
 * happened", "denied that a meeting had taken place", "reports of a meeting were false",
 * "reports that A met B were false" — not "denied that the talks had failed", which grants them.
 */
const NOT_HAPPENED = new RegExp(
  [
    String.raw`\bno\s+(?:such\s+)?${MEETING}\s+(?:had\s+|has\s+|ever\s+)?(?:took|taken|take|happened|occurred|(?:had\s+|has\s+)?been\s+held|was\s+held|were\s+held)\b`,
    String.raw`\b(?:the|that|this|such\s+a|any)\s+(?:(?:reported|alleged|purported|supposed|secret)\s+)?${MEETING}\s+(?:had\s+|has\s+)?(?:never|not|did\s+not|didn['’]t|had\s+not|has\s+not|hadn['’]t)\s+(?:(?:ever|actually)\s+)?(?:happened|happen|took\s+place|take\s+place|taken\s+place|occurred|occur|been\s+held|existed)\b`,
    String.raw`\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:a|the|such\s+a|any(?:\s+such)?)\s+${MEETING}\s+(?:had\s+|has\s+|ever\s+)*(?:taken\s+place|took\s+place|happened|occurred|been\s+held|was\s+held)`,
    String.raw`\b(?:reports?|claims?|accounts?)\s+of\s+(?:a|the|any|such\s+a)\s+(?:[\p{L}-]+\s+)?${MEETING}\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+\s+)?${FALSE}\b`,
    String.raw`\b(?:reports?|claims?|accounts?)\s+that\s+(?:[^\s,;.]+\s+){1,8}?(?:met|spoke|talked|held\s+talks)\b(?:(?!\b(?:about|regarding|concerning)\b)[^.;]){0,80}?\b(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+\s+)?${FALSE}\b`,
  ].join("|"),
  "iu",
);

/** The two, or one of them, as the subject of "met": "the two", "he", "President Rusu". */
const PAIR = String.raw`[Tt]he\s+two(?:\s+[\p{L}-]+)?|[Tt]hey|[Hh]e|[Ss]he`;

/** Up to five capitalised words, perhaps joined by "and": "President Rusu", "Kola and Rusu". */
const NAMES = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+(?:and\s+)?){1,5}`;

/**
 * A meeting denied by its verb or noun, whose object follows: "denied that the two had met",
 * "denied ever meeting B", "denied any contact with him". The subject of "met" is one of the
 * two, by name or pronoun: not "denied that the proposal had been met with hostility"; so is the
 * subject of "had never met", unless before or in person ("The two had never met before").
 */
const DENIED_OBJECT = new RegExp(
  [
    String.raw`\b[Dd]en(?:y|ies|ied|ying)\s+(?:that\s+)?(?:any|there\s+(?:had\s+)?(?:was|were|been)\s+(?:any|a))\s+(?:such\s+)?${MEETING}\b`,
    String.raw`\b[Dd]en(?:y|ies|ied|ying)\s+(?:that\s+)?(?:${PAIR}|[Bb]oth(?:\s+[\p{L}-]+)?|${NAMES})\s*(?:had\s+|have\s+|has\s+|ever\s+)*(?:met|spoken|talked|held\s+talks)\b`,
    String.raw`\b[Dd]en(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:having\s+)?(?:ever\s+)?(?:meeting|met|speaking|spoken|talking)\b`,
    String.raw`\b(?:${PAIR}|${NAMES})\s*(?:had\s+|have\s+|has\s+)never\s+(?:met|spoken|talked)\b(?!(?:\s+\S+){0,3}?\s+(?:before|until|prior|in\s+person|since))`,
  ].join("|"),
  "u",
);

/**
 * What may follow such a verb or noun for the meeting to be what is denied: nothing, one of the
 * two ("met Kola", "with him", "each other"), a time or place — not a thing ("meeting the
 * demands", "talking to reporters") or a manner ("had spoken harshly").
 */
const OBJECT_OK =
  /^(?:\s*(?:[,;.:"”]|$)|\s+(?:(?:with|to|between)\s+)?(?:him\b|her\b|them\b|the\s+two\b|each\s+other|one\s+another)|\s+(?:in|at|on|during|last|this|before|earlier|since|ever|again|after|while|when|secretly|privately|directly|personally|recently|previously|face|had|has|took|taken|was|were|to\s+discuss)\b)/u;

/** A name after it, "met Kola", "with President Rusu": one of the two, or it is another meeting. */
const NAMED = /^\s+(?:(?:with|to|between)\s+)?(?=\p{Lu})/u;

/** A topic after it: "denied that the two had talked about the border" grants the talk. */
const TOPIC =
  /\b(?:about|regarding|concerning)\b|^\s*(?:(?:with|to)\s+\S+\s+)?(?:on|of|over|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:phone|telephone|sidelines)|\d)\b)/i;

/** A meeting planned before the denial: "They were due to meet in May, but that meeting never happened." */
const PLANNED =
  /\b(?:due\s+to|planned|plans?\s+to|scheduled|expected\s+to|hoped\s+to|were\s+to|was\s+to|set\s+to|intended\s+to|invit\w*|propos\w*|previous|last\s+(?:year|month)|(?:in|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b/i;

/** Nouns of a meeting in person, which never name a call. */
const IN_PERSON = /\b(?:meeting|meetings|encounter|visit|met)\b/i;

/** "denied it." / "denied it outright": "it" the object, not the subject of "denied it was a formal meeting". */
const PRONOUN_END = String.raw`(?=\s*(?:[,;.!?"”]|$|(?:as|on|in|at|and|but|outright|flatly|strongly|firmly|categorically|later|immediately|too|also|through|when)\b))`;

/** "the report", "these claims" — not "the claims that …", "the reports of a deal", told by their own words. */
const REPORT_NOUN = String.raw`(?:(?:the|these|those|such|this|that|both)\s+(?:[\p{L}-]+\s+)?(?:reports?|claims?|accounts?|stories|story|allegations?)\b(?!\s+(?:that|of|about|on)\b))`;

/**
 * "denied the report", "dismissed the claims as fabricated", "called the reports untrue",
 * "denied it": the report just told is denied — not "denied reports that they signed a deal",
 * whose own clause says what is denied, nor "did not deny the report", "declined to deny it",
 * "called it useful", "disputed the account", which grant what was told.
 */
const REPORT_DENIED = new RegExp(
  String.raw`(?<!\b(?:not|never|n['’]t|to)\s+)\b(?:(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing))\s+(?:${REPORT_NOUN}|(?:it|this)\b${PRONOUN_END}|them\b(?=\s+(?:as|false|untrue|baseless|fabricated|invented|unfounded)))|(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)?|labell?(?:ed|s|ing)?)\s+(?:${REPORT_NOUN}|it|this|them)\s+(?:as\s+)?(?:an?\s+|pure\s+|completely\s+|totally\s+)?(?:false|untrue|baseless|fabricat\w*|invent\w*|unfounded|groundless|inaccurate|fake|lies?|wrong|nonsense|fiction)\b)`,
  "iu",
);

/**
 * Something else told before the report's denial, which "it" or "the claims" may be:
 * "Lim said Sato had offered…, but the ministry denied it", "Asked about a report that…, Sato
 * denied it", "denied the reports of an arms deal and called them baseless".
 */
const OTHER_CLAIM =
  /\b(?:but|and|said|says|told|tells|accus\w*|claim\w*|alleg\w*|asked|report\w*|saying|insist\w*|argu\w*|suggest\w*|that|stor(?:y|ies)|rumou?rs?|account\w*)\b/i;

/** The meeting told as someone's report: "Local media said A met B", "reportedly". */
const REPORTED_BEFORE =
  /\b(?:said|says|reported|reports|claimed|claims|alleged|according\s+to|wrote|quoted)\b/i;
const REPORTED_ANYWHERE =
  /\b(?:reportedly|allegedly|purportedly|(?:reported|said|believed|understood)\s+to\s+have)\b/i;
/**
 * "…, the Kremlin said", "…, two diplomats told Reuters", "…, citing sources": an attribution
 * after it — not ", and B said they had agreed…", a clause of its own.
 */
const REPORTED_AFTER =
  /,\s*(?!(?:and|but|where|after|before|which|who|while|when|as)\b)(?:according\s+to|citing|[^,;]{0,60}?\b(?:said|says|reported|reports|claimed|claims|quoted|wrote|alleged|told))\b/i;

/** "…, the paper said, but his office denied it": a denial in the same sentence. */
const BUT = /,?\s+but\b/i;

/**
 * Words of a meeting, in a sentence that names two people, one of them not at the earlier meeting:
 * a denial there or later is that meeting's ("The talks focused on shipping" names none and
 * carries the story on).
 */
const OWN_MEETING = /\b(?:met|meet|meeting|talks|called|phoned|spoke)\b/i;

/** How many sentences after the meeting its denial may come. */
const REACH = 2;

/** A sentence after the meeting's, with the actors read in it. */
export interface Following {
  readonly sentence: AnalyzedSentence;
  readonly actors: readonly Actor[];
}

/**
 * Whether meeting `m` is denied, in the rest of its sentence or in the `following` sentences (the
 * next `REACH` at most; the second only if the first tells no meeting and no claim of its own).
 */
export function deniedLater(m: MeetingMention, following: readonly Following[]): boolean {
  const { text, start } = m.sentence.sentence;
  const fromTrigger = text.slice(m.at - start);
  const but = BUT.exec(fromTrigger);
  const told = text.slice(0, m.at - start + (but?.index ?? fromTrigger.length));
  const reported = toldAsReport(told, m.at - start);
  if (but !== null) {
    const rest = fromTrigger.slice(but.index + but[0].length);
    if (reported && deniesReport(rest)) return true;
    // "A had met B on Friday, but Phnom Penh denied any meeting took place": the other side's word.
    if (deniesWhole(rest)) return true;
  }
  let claimed = false;
  for (const next of following.slice(0, REACH)) {
    const said = next.sentence.sentence.text;
    // "Reports that B had also called C were denied…, which said no such call had taken place":
    // a sentence telling a meeting of its own, with someone else, denies that one.
    if (OWN_MEETING.test(said) && tellsAnother(next, m.participants)) return false;
    if (DENIAL_HINT.test(said)) {
      if (deniesMeeting(m, next)) return true;
      if (reported && !claimed && deniesReport(said)) return true;
    }
    // "They had been due to meet in May." A denial after it is of the meeting planned.
    if (OWN_MEETING.test(said) && PLANNED.test(said)) return false;
    claimed ||= OTHER_CLAIM.test(said);
  }
  return false;
}

/** Whether `told`, the meeting's sentence up to any "but", tells it as someone's report. */
function toldAsReport(told: string, at: number): boolean {
  return (
    REPORTED_ANYWHERE.test(told) ||
    REPORTED_BEFORE.test(told.slice(0, at)) ||
    REPORTED_AFTER.test(told.slice(at))
  );
}

/**
 * Whether `text`, the rest of the meeting's sentence after "but", says it never happened: "but
 * Kigali denied any meeting took place", "but no such call was held" — not "but denied that the
 * talks had failed", nor a denial naming its own meeting or topic.
 */
function deniesWhole(text: string): boolean {
  const whole = NOT_HAPPENED.exec(text);
  if (whole !== null) return !NAMED.test(text.slice(whole.index + whole[0].length));
  const open = DENIED_OBJECT.exec(text);
  if (open === null) return false;
  const after = text.slice(open.index + open[0].length);
  return !TOPIC.test(clauseOf(after)) && !NAMED.test(after) && OBJECT_OK.test(after);
}

/** Whether `text` denies the report just told, with no other claim before the denial. */
function deniesReport(text: string): boolean {
  const denied = REPORT_DENIED.exec(text);
  return denied !== null && !OTHER_CLAIM.test(text.slice(0, denied.index));
}

/** Whether `next` says that meeting `m` itself did not happen. */
function deniesMeeting(m: MeetingMention, next: Following): boolean {
  const said = next.sentence.sentence.text;
  const whole = NOT_HAPPENED.exec(said);
  if (whole !== null && isThisMeeting(m, whole, next)) return true;
  const open = DENIED_OBJECT.exec(said);
  if (open === null || !isThisMeeting(m, open, next)) return false;
  const end = open.index + open[0].length;
  const after = said.slice(end);
  if (TOPIC.test(clauseOf(after))) return false;
  const named = NAMED.exec(after);
  if (named === null) return OBJECT_OK.test(after);
  const at = next.sentence.sentence.start + end + named[0].length;
  return next.actors.some(
    (a) => a.start >= at && a.start < at + 40 && m.participants.some((p) => p.key === a.key),
  );
}

/**
 * Whether the denial found is of `m`: not of a meeting planned before it in its sentence, not of
 * a meeting in person where `m` was a call, and naming no one else.
 */
function isThisMeeting(m: MeetingMention, denied: RegExpExecArray, next: Following): boolean {
  const said = next.sentence.sentence.text;
  if (PLANNED.test(said.slice(0, denied.index))) return false;
  if (m.type === "call" && IN_PERSON.test(denied[0])) return false;
  return !namesOthers(denied, next, m.participants);
}

/** The words of `text` up to the end of its clause. */
function clauseOf(text: string): string {
  const stop = /[,;.]/.exec(text.slice(0, 80));
  return text.slice(0, stop === null ? 80 : stop.index);
}

/** Whether `next` names two people or more, one of them not among `participants`. */
function tellsAnother(next: Following, participants: readonly Actor[]): boolean {
  const people = next.actors.filter((a) => a.label === "Person");
  return people.length >= 2 && people.some((a) => !participants.some((p) => p.key === a.key));
}

/**
 * Whether the denial's own words, up to the end of its clause, name someone not at the meeting:
 * "Jovic denied he had met Kola" denies another meeting than Jovic's with Krasniqi.
 */
function namesOthers(
  denied: RegExpExecArray,
  next: Following,
  participants: readonly Actor[],
): boolean {
  const { text, start } = next.sentence.sentence;
  const end = denied.index + denied[0].length;
  // Up to the clause's end: "denied he had met Kola in secret".
  const stop = /[,;.]/.exec(text.slice(end, end + 80));
  const from = start + denied.index;
  const to = start + end + (stop === null ? 80 : stop.index);
  return next.actors.some(
    (a) =>
      a.label === "Person" &&
      a.start >= from &&
      a.end <= to &&
      !participants.some((p) => p.key === a.key),
  );
}
