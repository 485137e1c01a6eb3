import { mayStartTitle } from "../gazetteer/title-index.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import {
  actorsBetween,
  leftClauseStart,
  modalityOf,
  rightClauseEnd,
  uniqueByKey,
  type Modality,
} from "./clause.ts";

export type MeetingType = "meeting" | "talks" | "call";

export interface MeetingMention {
  readonly type: MeetingType;
  readonly participants: readonly Actor[];
  readonly modality: Modality;
  readonly sentence: AnalyzedSentence;
}

type Shape = "verb" | "between" | "group" | "possessive" | "fronted" | "list";
interface Trigger {
  readonly re: RegExp;
  readonly shape: Shape;
  readonly type: (m: RegExpExecArray) => MeetingType;
  /** The object must follow the verb at once ("hosted Modi"), not anywhere in the clause. */
  readonly direct?: boolean;
}

const nounType = (noun: string | undefined): MeetingType =>
  /call|phone|video|telephone/i.test(noun ?? "")
    ? "call"
    : /talk|discussion|negotiation|conversation|consultation/i.test(noun ?? "")
      ? "talks"
      : "meeting";

const PRESENT = /^(?:meets|hosts|receives|welcomes|holds|speaks|talks with|greets)\b/i;

const TRIGGERS: readonly Trigger[] = [
  {
    re: /\b(?:met|meets|meet|meeting)\b(?=\s+(?:\p{Lu}|with|the|his|her|their|on|this|last|in|separately|privately|briefly)|\s*[,.]|$)(?:\s+with)?/giu,
    shape: "verb",
    type: () => "meeting",
  },
  {
    re: /\b(?:holds?|held|holding|hold)\s+(?:[\w-]+\s+){0,3}?(talks|discussions|negotiations|consultations)(?:\s+[\w-]+){0,4}?\s+with\b/gi,
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\b(?:had|has|have|having|hold|held|holds)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(phone call|call|video call|telephone call|video conference|conversation|conversations|talks|meeting|discussions|dinner|lunch|breakfast|working dinner|working lunch)(?:\s+[\w-]+){0,4}?\s+with\b/gi,
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\b(?:spoke|speaks|speak|talked|talk|spoken|speaking)\s+(by (?:tele)?phone\s+|on the (?:tele)?phone\s+|by video(?: link)?\s+|via video\s+)?(?:with|to)\b/gi,
    shape: "verb",
    type: (m) => (m[1] ? "call" : "talks"),
  },
  {
    re: /\b(?:discussed|talked|spoke|conferred)\b(?:\s+[\w'’-]+){0,11}?\s+with\b/gi,
    shape: "verb",
    type: (m) => (/call|phone|video/i.test(m[0]) ? "call" : "talks"),
  },
  {
    re: /\b(?:phoned|telephoned|rang|called)\b/gi,
    shape: "verb",
    type: () => "call",
    direct: true,
  },
  {
    re: /\b(?:hosted|received|welcomed|greeted|hosts|receives|welcomes|greets|sat down(?:\s+[\w-]+){0,3}?\s+with|dined with|joined)\b/gi,
    shape: "verb",
    type: () => "meeting",
    direct: true,
  },
  {
    // "Blinken's talks with Wang": the possessor is the other party.
    re: /(?<=['’]s\s+(?:[\w-]+\s+){0,2}?)(meeting|meetings|talks|call|phone call|video call|conversation|discussions)\s+with\b/gi,
    shape: "possessive",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\b(meeting|meetings|talks|call|phone call|video call|conversation|summit|discussions|negotiations|first|latest)\s+between\b/gi,
    shape: "between",
    type: (m) => nounType(m[1]),
  },
  {
    // "Erdogan was later received by Pope Francis": the passive keeps both parties.
    re: /\b(?:was|were|is|are|been)\s+(?:\w+ly\s+|later\s+|then\s+)?(?:received|hosted|welcomed|greeted|visited|met|joined)\s+by\b/gi,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "In a phone call with Ramaphosa on Monday, Lula said…": the main clause's subject calls.
    re: /\b(?:in|during)\s+(?:a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?(call|phone call|telephone call|video call|meeting|talks|conversation)\s+with\b/gi,
    shape: "fronted",
    type: (m) => nounType(m[1]),
  },
  {
    // "Prabowo signed a joint statement with Xi", "Brown signed the pact in the presence of Han".
    re: /\bsigned\s+(?:[\w-]+\s+){0,4}?(?:statement|agreement|deal|accord|memorandum|declaration|treaty|communiqu[eé])\s+with\b|\bin the presence of\b/gi,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "a trilateral meeting of the foreign ministers — A of X, B of Y and C of Z —".
    re: /\b(?:meeting|talks|summit)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ministers|leaders|presidents|heads|envoys|officials)\b/gi,
    shape: "list",
    type: () => "meeting",
  },
  {
    // "travelled to Pristina for talks with Kurti", "at a separate meeting": a meeting named by a noun.
    re: /\b(?:for|in|during)\s+(?:[\w-]+\s+){0,2}?(talks|meeting|meetings|a call|discussions|consultations)\s+with\b/gi,
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\b(?:at|in|during)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(meeting|talks|bilateral|call|summit)\b(?!\s+(?:of|with|between))/gi,
    shape: "group",
    type: (m) => nounType(m[1]),
  },
  {
    // "Lula received a call from Ramaphosa".
    re: /\b(?:received|took|got)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(call|phone call|telephone call|visit)\s+from\b/gi,
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\b(?:sat down|sitting down|during their|shook hands|shaking hands|before their|after their|began|opened|concluded|wrapped up|held)\s+(?:[\w-]+\s+){0,2}?(talks|meeting|call|phone call|telephone call|video call|video conference|videoconference|conversation|discussions|negotiations|summit|trilateral|bilateral)\b|\b(?:shook hands)\b/gi,
    shape: "group",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\b(?:discussed|met|held talks|spoke(?: by phone| on the phone)?|talked|had\s+(?:[^\s]+\s+){0,6}?(talks|conversations|conversation|discussions|meeting|call|phone call))\b/gi,
    shape: "group",
    type: (m) => (/spoke by|phone/i.test(m[0]) ? "call" : nounType(m[1])),
  },
];

/** Every meeting, talk or call a sentence reports between people, with how it is qualified. */
export function findMeetings(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
): MeetingMention[] {
  // "Tinubu's foreign minister": a possessive name modifies someone else, it does not meet.
  const people = actors.filter((a) => a.label === "Person" && !a.possessive);
  const possessors = actors.filter((a) => a.label === "Person" && a.possessive);
  if (people.length + possessors.length < 2) return [];
  const found: MeetingMention[] = [];
  const { text, start } = sentence.sentence;
  for (const trigger of TRIGGERS) {
    for (const m of text.matchAll(trigger.re)) {
      const at = start + m.index;
      const { all, subjects } =
        trigger.shape === "possessive"
          ? possessiveParticipants(text, start, at, at + m[0].length, people, possessors)
          : participantsOf(trigger, text, start, at, at + m[0].length, people);
      if (all.length < 2) continue;
      // The words qualifying this verb, not those of an earlier clause (", and later sat down").
      const windowStart = Math.max(0, m.index - 40, text.lastIndexOf(",", m.index) + 1);
      const window = text.slice(
        windowStart,
        m.index + (trigger.shape === "verb" ? 0 : m[0].length),
      );
      // A nominal meeting is qualified around it ("talks between X and Y are scheduled for…"),
      // not by a later clause ("…during their meeting that India would help").
      const after =
        text.slice(m.index + m[0].length).split(/[,;.]|\b(?:that|which|who|as|when)\b/)[0] ?? "";
      const stated = modalityOf(
        trigger.shape === "verb" ? window : `${window}${after.slice(0, 60)}`,
      );
      // "Xi meets To Lam on Wednesday": news writes coming meetings in the present tense.
      const modality = stated === "asserted" && PRESENT.test(m[0]) ? "future" : stated;
      const groups =
        trigger.shape === "verb" ? splitSeparateMeetings(text, start, all, subjects) : [all];
      for (const participants of groups)
        found.push({ type: trigger.type(m), participants, modality, sentence });
    }
  }
  return found;
}

function possessiveParticipants(
  text: string,
  start: number,
  at: number,
  end: number,
  people: readonly Actor[],
  possessors: readonly Actor[],
): { all: Actor[]; subjects: number } {
  const owner = possessors.filter((a) => a.end <= at && at - a.end <= 30).at(-1);
  const others = actorsBetween(people, end, rightClauseEnd(text, start, end));
  if (owner === undefined || others.length === 0) return { all: [], subjects: 0 };
  return { all: uniqueByKey([owner, ...others]), subjects: 1 };
}

function participantsOf(
  trigger: Trigger,
  text: string,
  start: number,
  at: number,
  end: number,
  people: readonly Actor[],
): { all: Actor[]; subjects: number } {
  const left = actorsBetween(people, leftClauseStart(text, start, at), at);
  const right = actorsBetween(people, end, rightClauseEnd(text, start, end));
  if (trigger.shape === "between") return { all: uniqueByKey(right), subjects: 0 };
  if (trigger.shape === "list") {
    // The list may sit between dashes; it ends where a relative clause starts.
    const stop = /\b(?:which|who|that)\b|[;.]/.exec(text.slice(end - start));
    return {
      all: uniqueByKey(
        actorsBetween(people, end, stop === null ? start + text.length : end + stop.index),
      ),
      subjects: 0,
    };
  }
  if (trigger.shape === "fronted") {
    const comma = text.indexOf(",", end - start);
    const others = actorsBetween(people, end, comma < 0 ? start + text.length : start + comma);
    const subject =
      comma < 0 ? undefined : actorsBetween(people, start + comma, start + text.length)[0];
    if (subject === undefined || others.length === 0) return { all: [], subjects: 0 };
    return { all: uniqueByKey([subject, ...others]), subjects: 1 };
  }
  if (trigger.shape === "group") {
    // "A and B laid a wreath before sitting down for talks": the subject is the sentence's.
    const group = left.length >= 2 ? left : actorsBetween(people, start, at);
    return { all: group.length >= 2 ? uniqueByKey(group) : [], subjects: 0 };
  }
  const objects = trigger.direct ? directObjects(text, start, end, right) : right;
  if (left.length === 0 || objects.length === 0) return { all: [], subjects: 0 };
  // The nearest person is the subject, with those listed with it: "A and B met with C".
  // "Lajčák met Vučić … and travelled to Pristina for talks with Kurti": a second verb of the
  // clause's subject, not of the person named last.
  const last = left.at(-1);
  const secondVerb =
    last !== undefined &&
    /\band\s+(?:later\s+|then\s+|also\s+)?[a-z]+(?:ed|s)\b/.test(
      text.slice(last.end - start, at - start),
    );
  const nearest = secondVerb ? left[0] : last;
  const listed =
    nearest === undefined
      ? []
      : left.filter(
          (a, i) =>
            i === left.length - 1 ||
            (i === left.length - 2 &&
              /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(a.end - start, nearest.start - start))),
        );
  const subjects = secondVerb && nearest !== undefined ? [nearest] : uniqueByKey(listed);
  return { all: uniqueByKey([...subjects, ...objects]), subjects: subjects.length };
}

/** The first object right after the verb, and those listed with it: "hosted A and B". */
function directObjects(text: string, start: number, end: number, right: readonly Actor[]): Actor[] {
  const first = right[0];
  if (first === undefined || !isDirectObject(text.slice(end - start, first.start - start)))
    return [];
  const out = [first];
  for (const next of right.slice(1)) {
    const gap = text.slice((out.at(-1)?.end ?? 0) - start, next.start - start);
    if (
      !/^\s*(?:,|,?\s+and)\s+(?:[\p{Lu}][\p{L}'’-]*\s+|the\s+|his\s+|her\s+|[a-z]+\s+minister\s+){0,4}$/u.test(
        gap,
      )
    )
      break;
    out.push(next);
  }
  return out;
}

/** "hosted Kenyan President William Ruto": only a title and a demonym stand between verb and object. */
function isDirectObject(between: string): boolean {
  const words = between
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  return (
    // "welcomed the Emir of Kuwait, Sheikh Mishal": a title in apposition may take a comma.
    words.length <= 7 &&
    !/[;:]/.test(between) &&
    (!between.includes(",") || /,\s*$/.test(between.trim() + ",")) &&
    words.every(
      (w) =>
        /^(\p{Lu}|the$|his$|her$|their$|its$|visiting$|of$)/u.test(w.replace(/,$/, "")) ||
        mayStartTitle(w.replace(/,$/, "")),
    )
  );
}

/** "with A, and with B" or "A in Buenos Aires on Saturday and B in Santiago": separate meetings. */
function separates(between: string): boolean {
  return /\bwith\b/i.test(between) || /\b(in|on)\b.*\band\b/i.test(between);
}

/** "met with A, and with B": two meetings; "met with A and B": one. */
export function splitSeparateMeetings(
  text: string,
  textStart: number,
  participants: readonly Actor[],
  subjects: number,
): Actor[][] {
  const objects = participants.slice(subjects);
  const groups: Actor[][] = [];
  let current: Actor[] = [];
  objects.forEach((o, i) => {
    const prev = objects[i - 1];
    if (prev !== undefined && separates(text.slice(prev.end - textStart, o.start - textStart))) {
      groups.push(current);
      current = [];
    }
    current.push(o);
  });
  groups.push(current);
  return groups.map((g) => [...participants.slice(0, subjects), ...g]);
}
