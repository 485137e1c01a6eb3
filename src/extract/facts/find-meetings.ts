import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { rightClauseEnd, uniqueByKey } from "./clause.ts";
import { clauseWindow, modalityOf, type Modality } from "./modality.ts";
import { participantsOf, possessiveParticipants } from "./meeting-participants.ts";
import { splitSeparateMeetings } from "./meeting-separate.ts";
import { isInterview, isOtherSense, isOtherSenseAfterObject } from "./meeting-false-friends.ts";
import { unrealised } from "./meeting-modality.ts";
import { withoutTimeAsides } from "./meeting-time-aside.ts";
import { withVisitOwner } from "./meeting-visit-owner.ts";
import { innerVerbOffset } from "./meeting-inner-verb.ts";
import { present } from "./meeting-absent.ts";
import { outsideNounAsides } from "./meeting-noun-aside.ts";
import { relativeParticipants } from "./meeting-relative.ts";
import { comitativeParticipants } from "./meeting-comitative.ts";
import { mereCopresence } from "./meeting-copresence.ts";
import { meetingScope, opensPhrase } from "./meeting-negation-scope.ts";
import { PRESENT, TRIGGERS, type MeetingType, type Trigger } from "./meeting-triggers.ts";
import { MEETING_WORD_SOURCE } from "./meeting-words.ts";
import { execAll } from "../text/exec-all.ts";
import { packedMap, packedFlatMap } from "../text/packed-map.ts";
import { letterGate } from "../text/letter-gate.ts";
import { TIMESTAMPED } from "./meeting-date.ts";
import { closesReport } from "../resolve/trailing-speaker.ts";
import { withoutSourceAsides } from "./meeting-reporter.ts";
import { hostsOf } from "./meeting-hosted-by.ts";
import { absoluteOutsiders, joinersOf } from "./meeting-joining.ts";
import { companionsOf, presentOwnersOf } from "./meeting-companions.ts";
import { withDashedLists } from "./meeting-named-group.ts";

export type { MeetingType } from "./meeting-triggers.ts";

export interface MeetingMention {
  readonly type: MeetingType;
  readonly participants: readonly Actor[];
  readonly modality: Modality;
  readonly sentence: AnalyzedSentence;
  /** Offset of the trigger in the body: a date stated before it may be the meeting's. */
  readonly at: number;
  /** Offset from which the meeting's own date is sought ("met A on Monday and B on Friday"). */
  readonly dateFrom: number;
  /**
   * The date of an earlier meeting this one adds people to ("The meeting was also attended by…")
   * or refers back to ("…told reporters after the meeting with X").
   */
  readonly date?: string | undefined;
  /**
   * The meeting told first is told again ("The delegation, which also included…, was received by
   * Modi a day after…"): its `date` wins over any day its sentence states.
   */
  readonly again?: boolean;
  /**
   * "A and B each held talks with C": the subjects who each met the rest, not each other — the
   * pair a later "the two envoys" means.
   */
  readonly each?: readonly Actor[] | undefined;
}

/** "A and B each held talks with C": "each" right before the verb, past an adverb or auxiliary. */
const EACH_BEFORE = /\beach\s+(?:(?:\w+ly|also|then|later|had|has|have)\s+)*$/i;

/** Nothing but "each" (past an adverb or auxiliary) between the people listed and the verb. */
const EACH_ONLY = new RegExp(String.raw`^\s*${EACH_BEFORE.source}`, "i");

/** "…that had been expected in January never took place": a meeting the sentence calls off. */
const CALLED_OFF =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+not\s+(?:planned|scheduled|expected|foreseen|envisaged|on\s+the\s+(?:agenda|cards))\b|\b(?:never|not)\s+(?:took|take|taken|taking)\s+place\b|\b(?:never|not)\s+(?:happened|materiali[sz]ed|went ahead|go ahead)\b|\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:cancel(?:l)?ed|called off|postponed|scrapped|shelved|put off|pushed back|deferred|rescheduled|dropped)\b|\band\s+then\s+(?:cancel(?:l)?ed|called off|postponed|scrapped|shelved|put off|pushed back|deferred)\b|\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:moved|delayed|brought forward)\s+(?:back\s+)?(?:to|until|till)\s+(?:next|later|a\s+(?:later|new)|the\s+(?:following|end|autumn|spring|summer|winter)|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bno\s+(?:such\s+)?(?:meeting|talks|call|encounter)s?\s+(?:took|has\s+taken|had\s+taken|was\s+held|were\s+held|has\s+been\s+held|happened)\b/i;

/**
 * Words at least one trigger needs: a sentence with none of them reports no meeting. Kept in step
 * with the triggers (each trigger's required word has its stem here): the single meeting words of
 * meeting-words.ts, then the phrases and the words only a frame reads. Co-presence by "with" needs
 * a past verb up to six words before it ("laid a wreath with"), not any "with".
 */
export const MEETING_HINT = new RegExp(
  String.raw`${MEETING_WORD_SOURCE}|(?:went|gone|going)\s+(?:over|through)|review|saw|spok|sat down|sitting down|between|shake|spen[dt]|minutes|hour|updat|told|began|opened|concluded|wrapped|coffee|summon|together|co-chair|co-host|tête|credentials|inspected|surveyed|flew over|walked|strolled|wandered|wreath|posed|joint|next to|front of|put their|put his|put her|deliver|passed\s+on|relayed|attended\s+by|exchange of views|(?:[^\We]ed|laid|took|made|held|cut|rode|flew|drove|ate|sat)\s+(?:[^\s,;:()"“”]+\s+){0,6}?with\b`,
  "i",
);

/**
 * "called on all sides to…" asks something of someone; it is not a visit — unless the infinitive
 * is the visit's purpose: "called on the prime minister on Monday to announce a grant", or stands
 * in a clause of its own: "called on Modi on Tuesday, when the two sides agreed to reopen…",
 * "…, saying he wanted to…" (read up to `rightClauseEnd`, and a comma's "and" or "as"), or a
 * phrase on the visit: "called on B at his residence, in a visit seen as a sign Riyadh is ready to…".
 */
const APPEAL =
  /^\s+on\b(?:(?!,\s+(?:and|as|in\s+(?:a|an|what)\s+(?:[a-z-]+\s+){0,2}?(?:visit|trip|stop|meeting|move|gesture))\b)[^;])*?\bto\s+(?!(?:the|a|an|his|her|their|its|announce|discuss|present|deliver|hand|convey|brief|congratulate|bid|pay|express|extend|review|exchange|sign|thank|introduce|inform)\b)[a-z]+/;

/**
 * "has no meeting planned with B", "held no talks with B", "had not a single call with B": a
 * meeting noun whose own determiner denies it, inside the trigger's words.
 */
const NO_MEETING =
  /\b(?:no|not\s+(?:a|one|any|a\s+single))\s+(?!(?:fewer|less|more)\s+than\b)(?:[\p{L}-]+\s+){0,2}?(?:meetings?|talks|(?:phone\s+|video\s+)?calls?|conversations?|discussions?|encounters?|contacts?|dinner|lunch|breakfast|session)\b/iu;

/** ", whose country ": a possessive relative whose own noun is the subject of what follows. */
const WHOSE = /^\s*,\s+whose\s+[^,;]*$/i;

/**
 * Each trigger's letter gate (letter-gate.ts), asked before its hint: the sentence's letters are
 * read once for all of them, where each hint is a search of its own, and a trigger's pattern needs
 * more than its hint's words ("talks" and "with", "dinner" and "hosted").
 */
const TRIGGER_GATES = TRIGGERS.map((trigger) => letterGate(trigger.re));

/** Every meeting, talk or call a sentence reports between people, with how it is qualified. */
export function findMeetings(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
): MeetingMention[] {
  // "Tinubu's foreign minister": a possessive name modifies someone else, it does not meet.
  // "Abdullah bin Zayed, the Emirati foreign minister, called…": a description in apposition to a
  // name is that person, whoever else it might have been resolved to.
  // "…in the absence of B", "…with an aide to B": B is not there.
  // Those filters only take people away: a sentence naming fewer than two is passed over first.
  if (countPeople(actors) < 2) return [];
  // "A, an old friend of B, met C": B is named in an aside, not at the meeting.
  const people = outsideNounAsides(
    sentence.sentence.text,
    sentence.sentence.start,
    present(
      sentence.sentence.text,
      sentence.sentence.start,
      actors.filter(
        (a, i) =>
          a.label === "Person" &&
          !a.possessive &&
          !isAppositive(sentence, actors, i) &&
          // "…could take place next month, he added": the one reporting is no party.
          !(a.via === "pronoun" && closesReport(sentence.tokens, a.from)),
      ),
    ),
  );
  const possessors = actors.filter((a) => a.label === "Person" && a.possessive);
  if (people.length + possessors.length < 2) return [];
  const found: MeetingMention[] = [];
  if (!MEETING_HINT.test(sentence.sentence.text)) return [];
  // "The Nordic prime ministers — A, B and C — met D": names between dashes, read as an aside.
  // "…with B, his office said, and on Tuesday with C": the source in the middle is blanked.
  const dashed = withDashedLists(sentence, people);
  // The source is blanked for reading the meeting's people only: what is said after it (", and
  // the government denied it") still qualifies the meeting told.
  const read = withoutSourceAside(dashed);
  for (let i = 0; i < TRIGGERS.length; i++) {
    const trigger = TRIGGERS[i]!;
    if (!TRIGGER_GATES[i]!(read.sentence.text)) continue;
    if (!trigger.hint.test(read.sentence.text)) continue;
    if (trigger.lead !== undefined && !trigger.lead.test(read.sentence.text)) continue;
    for (const m of execAll(trigger.re, read.sentence.text))
      found.push(...meetingsAt(read, trigger, m, people, possessors));
  }
  return read === dashed ? found : packedMap(found, (f) => ({ ...f, sentence: dashed }));
}

/**
 * The sentence with its sources set off in the middle blanked (meeting-reporter.ts), and its
 * time phrases set off before "with" or "and" (meeting-time-aside.ts).
 */
function withoutSourceAside(sentence: AnalyzedSentence): AnalyzedSentence {
  const text = withoutTimeAsides(withoutSourceAsides(sentence.sentence.text));
  return text === sentence.sentence.text
    ? sentence
    : { ...sentence, sentence: { ...sentence.sentence, text } };
}

/** How many of the actors are people, possessive or not. */
function countPeople(actors: readonly Actor[]): number {
  let n = 0;
  for (const a of actors) if (a.label === "Person") n++;
  return n;
}

/** Between a name and a description in apposition to it: ", the Emirati ". */
const APPOSITION_GAP = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/** Whether actor `i` is a description set off by a comma right after a named person. */
function isAppositive(sentence: AnalyzedSentence, actors: readonly Actor[], i: number): boolean {
  const a = actors[i];
  if (a?.via !== "description") return false;
  const named = actors.findLast((b, j) => j < i && b.label === "Person" && b.via === "name");
  if (named === undefined) return false;
  const { text, start } = sentence.sentence;
  return APPOSITION_GAP.test(text.slice(named.end - start, a.start - start));
}

/** The meetings one trigger match reports: its participants, split where they met apart. */
function meetingsAt(
  sentence: AnalyzedSentence,
  trigger: Trigger,
  m: RegExpExecArray,
  people: readonly Actor[],
  possessors: readonly Actor[],
): MeetingMention[] {
  const { text, start } = sentence.sentence;
  const at = start + m.index;
  const end = at + m[0].length;
  const { all: read, subjects } =
    trigger.shape === "possessive"
      ? possessiveParticipants(text, start, at, end, people, possessors)
      : trigger.shape === "relative"
        ? relativeParticipants(text, start, at, end, people)
        : trigger.shape === "comitative"
          ? comitativeParticipants(trigger, m, text, start, at, end, people)
          : withVisitOwner(
              participantsOf(trigger, text, start, at, end, people),
              trigger.shape,
              text,
              start,
              at,
              end,
              people,
              possessors,
            );
  // "A and B agreed at talks hosted by C": the host takes part.
  const hosts = read.length < 2 ? [] : hostsOf(text, start, end, text.slice(end - start), people);
  // "…, with C joining by phone": one who joins from afar takes part too.
  const joiners = read.length < 2 ? [] : joinersOf(text, start, end, people);
  // "A, accompanied by C, received B": who came along takes part too.
  const companions = read.length < 2 ? [] : companionsOf(text, start, people, read);
  // "A and B signed the accord in C's presence": the one whose presence it was takes part.
  const present = read.length < 2 ? [] : presentOwnersOf(text, start, possessors);
  const added = [...hosts, ...joiners, ...companions, ...present];
  const outsiders = absoluteOutsiders(text, start, end, read);
  const kept = outsiders.size === 0 ? read : read.filter((a) => !outsiders.has(a.key));
  const all = added.length === 0 ? kept : uniqueByKey([...kept, ...added]);
  if (
    all.length < 2 ||
    mereCopresence(
      text.slice(Math.min(all[0]!.start, at) - start, end - start),
      text.slice(end - start),
      text,
      all.length,
    )
  )
    return [];
  // "Albusaidi, whose country hosted talks with Witkoff": the verb is the "whose" phrase's.
  const subject = all[subjects - 1];
  if (subject !== undefined && WHOSE.test(text.slice(subject.end - start, m.index))) return [];
  const rest = text.slice(m.index + m[0].length);
  if (
    /^call/i.test(m[0]) &&
    APPEAL.test(
      `${m[0].replace(/^\w+/, "")}${rest.slice(0, rightClauseEnd(text, start, end) - end)}`,
    )
  )
    return [];
  const afterObject = text.slice(Math.max(end, ...all.map((a) => a.end)) - start);
  // The objects' own words, even where the subject follows them ("After calling B a liar, A…").
  const afterObjects = text.slice(Math.max(end, ...all.slice(subjects).map((a) => a.end)) - start);
  if (isOtherSense(m[0], rest) || isOtherSenseAfterObject(m[0], afterObjects)) return [];
  if (isInterview(m[0], text)) return [];
  // "…has not spoken to Museveni since their meeting in March": the meeting presupposed was held.
  // "has never held talks with": the words before the noun's own verb qualify it.
  const inner = innerVerbOffset(m);
  const modality: Modality = NO_MEETING.test(m[0])
    ? "negated"
    : trigger.shape === "since"
      ? "asserted"
      : (unrealised(text.slice(0, m.index + inner), m[0].slice(inner), rest) ??
        modalityAt(text, m.index + inner, m[0].slice(inner), isVerbal(trigger, m), afterObject));
  // "held separate meetings with A and B", "met separately with A and B": one meeting each.
  // Also "In separate phone calls on Thursday, Lula spoke with A and B".
  // "…met Maduro and González separately on Monday": also right after the objects.
  const near = `${clauseWindow(text, m.index, 100)}${m[0]}${rest.slice(0, 12)} ${afterObject.slice(0, 14)}`;
  const apart =
    trigger.apart === true ||
    /\bseparate(?:ly)?\b/i.test(near) ||
    /^\s*in\s+separate\b/i.test(text);
  // Those who join from afar are at each meeting split off, not a meeting of their own; so are
  // those who came along with the subject ("A met B on Tuesday and C on Wednesday, accompanied
  // on both days by D").
  const along = uniqueByKey([
    ...joiners,
    ...companions.filter((a) => all.findIndex((b) => b.key === a.key) >= subjects),
  ]);
  const joined = new Set(along.map((a) => a.key));
  const groups =
    trigger.shape === "verb" || trigger.shape === "comitative"
      ? packedMap(
          splitSeparateMeetings(
            text,
            start,
            all.filter((a) => !joined.has(a.key)),
            subjects,
            apart,
          ),
          (g) => uniqueByKey([...g, ...along]),
        )
      : [all];
  // "A and B each held talks with C": each met C, not each other.
  const each =
    subjects > 1 && EACH_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
      ? all.slice(0, subjects)
      : undefined;
  // "A and B each held talks": those listed met others, not each other.
  if (subjects === 0 && eachOfListed(text, start, all, m.index)) return [];
  return packedMap(
    each ? packedFlatMap(groups, (g) => eachSubject(g, subjects)) : groups,
    (participants, i) => ({
      type: trigger.type(m),
      participants,
      modality,
      sentence,
      at,
      // "…have not met since July 23": the day after "since" is the meeting's own.
      dateFrom:
        trigger.shape === "since" ? end : i === 0 ? at : (participants[subjects]?.start ?? at),
      each,
    }),
  );
}

/** Whether "each" stands right after the people of a meeting, all named before its words. */
function eachOfListed(text: string, start: number, all: readonly Actor[], index: number): boolean {
  const last = all.at(-1);
  if (last === undefined || last.end - start > index) return false;
  return EACH_ONLY.test(text.slice(last.end - start, index));
}

/** A meeting of several subjects as one meeting of each with the rest: "A and B each met C". */
function eachSubject(group: readonly Actor[], subjects: number): Actor[][] {
  const objects = group.slice(subjects);
  return group.slice(0, subjects).map((s) => [s, ...objects]);
}

/**
 * Whether the trigger is a verb, qualified by the words before it: a verb with an object, or
 * "A and B had spoken by telephone" — not "A and B had talks", a noun.
 */
function isVerbal(trigger: Trigger, m: RegExpExecArray): boolean {
  if (trigger.shape === "verb" || trigger.shape === "comitative") return trigger.nominal !== true;
  return (
    trigger.shape === "together" &&
    m[1] === undefined &&
    /^(?:spoke|spoken|have|has|had|did|met|talked|discussed|conferred|huddled|chatted|negotiated|dined|lunched|breakfasted)\b/i.test(
      m[0],
    )
  );
}

/** "…is pencilled in", "…is in the works": a meeting noun's plan. */
const PENCILLED = /\bpencil(?:l)?ed\s+in\b|\bin\s+the\s+(?:works|pipeline)\b/i;

/**
 * Where the words qualifying a meeting stop: a stop or a new clause (the text is not split), or a
 * verb of saying, after which comes what was said ("After talks with B, A said the border would
 * reopen": the talks were held).
 */
const CLAUSE_STOP =
  /[,;]|\.(?!\s+[a-z])|\b(?:that|which|who|as|when|said|says|told|tells|added|adds)\b/;

/** The words of `s` up to a stop or a new clause, at most 60 characters. */
function clauseHead(s: string): string {
  const stop = CLAUSE_STOP.exec(s);
  return (stop === null ? s : s.slice(0, stop.index)).slice(0, 60);
}

/** The end of a list in apposition and its closing comma, before an auxiliary verb. */
const APPOSITION_CLOSED =
  /^[^,;.]{0,40},\s+(?=(?:had|has|have|is|are|was|were|will|would|could|might|may|should|must|can)\s+(?:been\s+)?\w+)/;

/** ", focusing on…", ", aimed at…": a participle set off after the meeting, about something else. */
const COMMA_PARTICIPLE = /,\s+(?:[a-z]+ing|aimed|focused|centred|centered)\b/;

/** The noun's own verb right after a participle's phrase closes: "…, focusing on trade, were…". */
const CLOSED_BEFORE_VERB = /^[^,;]*,(?=\s+(?:is|are|was|were|has|have|had|never|not)\b)/;

/**
 * The words after a meeting noun up to a participle set off by a comma: "held talks on Tuesday,
 * focusing on a planned summit that has been postponed" calls off the summit, not the talks. A
 * phrase closed before the noun's own verb is passed over: "Talks between A and B, focusing on
 * trade, were postponed" are called off.
 */
function beforeParticiple(rest: string): string {
  const m = COMMA_PARTICIPLE.exec(rest);
  if (m === null) return rest;
  const closed = CLOSED_BEFORE_VERB.exec(rest.slice(m.index + 1));
  return closed === null
    ? rest.slice(0, m.index)
    : rest.slice(0, m.index) + rest.slice(m.index + 1 + closed[0].length);
}

/**
 * A determiner and one or two adjectives right before "meeting": the noun ("the annual meeting",
 * "a rare joint meeting"), not the verb after an auxiliary ("the two were meeting").
 */
const DETERMINED =
  /\b(?:a|an|the|their|his|her|its|this|that|next|last)\s+(?!(?:two|three|four|both|men|leaders|ministers|was|were|is|are|been|be|had|has|have|will|would)\b)[\p{L}-]+(?:\s+(?!(?:was|were|is|are|been|be|had|has|have|will|would)\b)[\p{L}-]+)?\s+$/iu;

/** How the meeting a trigger names is qualified: by the words before it, or around a noun. */
function modalityAt(
  text: string,
  index: number,
  matched: string,
  verbal: boolean,
  afterParticipants: string,
): Modality {
  // "a meeting with Trump could follow": a verb trigger used as a noun is qualified after it.
  // So is "meeting" after a determiner and its adjectives ("the annual meeting of the two
  // governments, chaired by A and B, would be held in March").
  const nominal =
    !verbal ||
    /\b(?:a|an|the|their|his|her|its)\s+$/i.test(text.slice(0, index)) ||
    (/^meeting$/i.test(matched) && DETERMINED.test(text.slice(Math.max(0, index - 60), index)));
  // The words qualifying this verb, not those of an earlier clause (", and later sat down").
  // A noun is qualified by its clause's verb, further back: "is expected in Budapest for a meeting".
  // Nor across a semicolon: "…did not meet; the two men last spoke by phone in March".
  const clause =
    clauseWindow(text, index, nominal ? 100 : 40)
      .split(";")
      .at(-1) ?? "";
  const window = `${meetingScope(clause, matched)}${nominal ? matched : ""}`;
  const rest = text.slice(index + matched.length);
  if (nominal && CALLED_OFF.test(beforeParticiple(rest))) return "negated";
  // "…cancelled his trip after talks with B were postponed": the phrase's own verb calls it off.
  if (opensPhrase(matched) && CALLED_OFF.test(clauseHead(afterParticipants))) return "negated";
  // A nominal meeting is qualified around it ("talks between X and Y are scheduled for…"),
  // not by a later clause ("…during their meeting that India would help").
  // "Talks between the ministers, A of X and B of Y, had been scheduled for Monday": the noun's
  // verb comes after the comma that closes a list in apposition.
  const closed = APPOSITION_CLOSED.exec(afterParticipants);
  const verbAfter = closed === null ? "" : clauseHead(afterParticipants.slice(closed[0].length));
  const after = `${clauseHead(rest)} ${clauseHead(afterParticipants)} ${verbAfter}`;
  const stated = modalityOf(nominal ? `${window}${after}` : window);
  // "a meeting with Rubio is pencilled in for February": a plan, however firm, as the shared
  // future words are — unless denied ("is not pencilled in").
  if (nominal && stated !== "negated" && PENCILLED.test(after)) return "future";
  // "Xi meets To Lam on Wednesday": news writes coming meetings in the present tense.
  // Not a noun: "Ruto's talks with Museveni ended…"; nor a live blog's entry, told as it
  // happens ("18:15 — Murillo receives the US chargé d'affaires").
  return stated === "asserted" && verbal && PRESENT.test(matched) && !TIMESTAMPED.test(text)
    ? "future"
    : stated;
}
