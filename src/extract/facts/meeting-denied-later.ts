import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { MeetingMention } from "./find-meetings.ts";

/**
 * A meeting reported, then denied. "A Kenyan daily said Ruto met the rebel leader in Kampala. No
 * such meeting took place, State House said." News often tells a claim first and its denial
 * after it, in the next sentence or two, or after "but" in the same one ("…, the paper said, but
 * his office denied it"). The denial refers back: to the meeting itself ("the meeting never
 * happened", "denied that the two had met") or to the report of it ("dismissed the report as
 * invented"), the latter only where the meeting was told as someone's report.
 */

/** A cheap gate: a sentence without these words denies nothing. */
const DENIAL_HINT =
  /den[iy]|never|no\s+(?:such|meeting|talks|call|contact|encounter)|not\s+(?:take|happen|occur|meet)|n['’]t\s+(?:take|happen|occur|meet)|false|untrue|baseless|dismiss|reject|refut|fabricat|invent|unfounded|groundless|inaccurate/i;

/** The nouns a later sentence names the meeting by. */
const MEETING = String.raw`(?:meeting|meetings|talks|call|phone\s+call|conversation|encounter|contact|visit)`;

/**
 * "No such meeting took place", "the meeting never happened", "that call did not take place",
 * "no talks were held", "denied that any meeting had taken place", "denied that the two had met" —
 * not "denied that the talks had failed", which grants them.
 */
const DID_NOT_HAPPEN = new RegExp(
  [
    String.raw`\bno\s+(?:such\s+)?${MEETING}\s+(?:had\s+|has\s+|ever\s+)?(?:took|taken|take|happened|occurred|(?:had\s+|has\s+)?been\s+held|was\s+held|were\s+held)\b`,
    String.raw`\b(?:the|that|this|such\s+a|any)\s+(?:(?:reported|alleged|purported|supposed|secret)\s+)?${MEETING}\s+(?:had\s+|has\s+)?(?:never|not|did\s+not|didn['’]t|had\s+not|has\s+not|hadn['’]t)\s+(?:(?:ever|actually)\s+)?(?:happened|happen|took\s+place|take\s+place|taken\s+place|occurred|occur|been\s+held|existed)\b`,
    String.raw`\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:any|there\s+(?:had\s+)?(?:was|were|been)\s+(?:any|a))\s+${MEETING}\b`,
    String.raw`\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:a|the|such\s+a)\s+${MEETING}\s+(?:had\s+|has\s+|ever\s+)*(?:taken\s+place|took\s+place|happened|occurred|been\s+held|was\s+held)`,
    String.raw`\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:the\s+two(?:\s+[\p{L}-]+)?|they|he|she|(?:[^\s,;.]+\s+){1,6}?)\s*(?:had\s+|have\s+|has\s+)?(?:ever\s+)?(?:met|spoken|talked|held\s+talks)\b`,
    String.raw`\bden(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:having\s+)?(?:meeting|met|speaking|spoken|talking)\b`,
    String.raw`\b(?:reports?|claims?|accounts?)\s+of\s+(?:a|the|any|such\s+a)\s+(?:[\p{L}-]+\s+)?${MEETING}\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:false|untrue|baseless|fabricated|invented|wrong|unfounded|groundless|incorrect|inaccurate|denied|dismissed|rejected)\b`,
  ].join("|"),
  "iu",
);

/**
 * "denied the report", "dismissed the claims as fabricated", "called the reports untrue",
 * "denied it": the report just told is denied — not "denied reports that they signed a deal",
 * whose own clause says what is denied, nor "did not deny the report", "declined to deny it".
 */
const REPORT_DENIED =
  /(?<!\b(?:not|never|n['’]t|to)\s+)\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|disput(?:ed|es|ing)|call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)?|labell?(?:ed|s|ing)?)\s+(?:(?:the|these|those|such|this|that|both)\s+(?:[\p{L}-]+\s+)?(?:reports?|claims?|accounts?|stories|story|allegations?)\b(?!\s+(?:that|of|about|on)\b)|it\b|them\b(?=\s+(?:as|false|untrue|baseless|fabricated|invented|unfounded))|this\b)/iu;

/** The meeting was told as someone's report: "…, local media said", "according to", "reportedly". */
const REPORTED =
  /\b(?:report(?:ed|s)?|reportedly|according\s+to|said|says|claimed|claims|quoted|citing|sources|allegedly|purportedly|media|newspaper|daily|outlets?|agency)\b/i;

/**
 * Words of a meeting, in a sentence that names two people, one of them not at the earlier meeting:
 * a denial there or later is that meeting's ("The talks focused on shipping" names none and
 * carries the story on).
 */
const OWN_MEETING = /\b(?:met|meet|meeting|talks|called|phoned|spoke)\b/i;

/** "…, the paper said, but his office denied it": a denial in the same sentence. */
const BUT = /\bbut\b/i;

/** How many sentences after the meeting its denial may come. */
const REACH = 2;

/** A sentence after the meeting's, with the actors read in it. */
export interface Following {
  readonly sentence: AnalyzedSentence;
  readonly actors: readonly Actor[];
}

/**
 * Whether meeting `m` is denied, in the rest of its sentence or in the `following` sentences (the
 * next `REACH` at most; the second only if the first tells no meeting of its own).
 */
export function deniedLater(m: MeetingMention, following: readonly Following[]): boolean {
  const { text, start } = m.sentence.sentence;
  const reported = REPORTED.test(text);
  const fromTrigger = text.slice(m.at - start);
  const but = BUT.exec(fromTrigger);
  if (but !== null && reported && REPORT_DENIED.test(fromTrigger.slice(but.index))) return true;
  for (const next of following.slice(0, REACH)) {
    const said = next.sentence.sentence.text;
    // "Reports that B had also called C were denied…, which said no such call had taken place":
    // a sentence telling a meeting of its own, with someone else, denies that one.
    if (OWN_MEETING.test(said) && tellsAnother(next, m.participants)) return false;
    if (DENIAL_HINT.test(said)) {
      const denied = DID_NOT_HAPPEN.exec(said);
      if (denied !== null && !namesOthers(denied, next, m.participants)) return true;
      if (reported && REPORT_DENIED.test(said)) return true;
    }
  }
  return false;
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
