import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { gatedTest } from "../text/letter-gate.ts";

/** Cheap test for MEETING_VERB (not run where its letters are missing: letter-gate.ts). */
const mayTellMeeting = gatedTest(/met|eet|talk|received|hosted|held|hold|attended|convened/);

/**
 * "A met B", "held talks with B", "meeting B", "received B at the palace": a verb of meeting,
 * told as a meeting only when a party follows it as its object (not "received a prize", "hosted
 * the Cup", "said talks had stalled").
 */
const MEETING_VERB =
  /\b(?:met|meets?|meeting|received|receives|hosted|hosts|(?:held|holds?|holding)\s+talks|talked|talks)(?:\s+with)?\b/gu;

/** What stands between a meeting verb and its object: a few words, no clause or place break. */
const OBJECT_GAP =
  /^\s+(?!(?:[^\s,.;]+\s+)*?(?:in|at|on|to|from|after|before|that|said)\s)(?:[^\s,.;]+\s+){0,5}$/u;

/**
 * What stands between a meeting's subject and its verb: an aside in commas ("Diallo, the
 * president,"), or a word or two ("also", "on Tuesday").
 */
const SUBJECT_GAP = /^(?:\s*,[^,.;]{1,80},)?\s+(?:[^\s,.;]+\s+){0,2}$/u;

/** "condemned the meeting", "dismissed the talks": a meeting told by a stance against it. */
const OPPOSED_MEETING =
  /\b(?:condemn|denounc|criticis|criticiz|slamm|reject|dismiss|protest)\w*\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit)\b/i;

/**
 * "the meeting", "the annual meeting", "Tuesday's encounter": a meeting called only by its kind.
 * (Not "the summit" or "the talks", which a story keys as the event they are.)
 */
const BARE_MEETING =
  /^(?:(?:latest|recent|same|whole|annual|bilateral|\p{Lu}\p{Ll}+day['’]s)\s+)?(?:meeting|encounter)$/u;

/**
 * "held their annual Security Consultative Meeting", "hosted the EU–Western Balkans Summit": a
 * meeting named by capitalised words, or by the rank of those who meet, as the object of a verb
 * of holding it ("¬" is the stand-in of "–": stand-ins.ts). Not one only mentioned ("on the sidelines of the African Union Summit", "ahead
 * of an OPEC meeting") nor a person followed by the participle ("Diallo meeting Lemaire").
 */
const NAMED_MEETING =
  /\b(?:held|holds?|holding|hosted|hosts?|hosting|attended|attends?|convened|convenes?)\s+(?:their|the|an?|its|his|her)\s+(?:\p{Ll}+\s+)?((?:(?:\p{Lu}[\p{L}¬–-]*|ministerial|consultative)\s+){1,4}(?:Meeting|Summit))\b/u;

/** A story's meeting: what it was called, if it was named, and the people told meeting. */
interface Meeting {
  readonly named: string | undefined;
  readonly people: readonly Actor[];
}

const meetings = new WeakMap<OppositionMemory, Meeting>();

/**
 * The people a sentence tells meeting: for each verb of meeting whose object is a party, the
 * person who is its subject and the person who is its object, in that order.
 */
function peopleMeeting(text: string, start: number, parties: readonly Actor[]): Actor[] {
  const people: Actor[] = [];
  const named = parties.filter((a) => !a.place);
  for (const m of text.matchAll(MEETING_VERB)) {
    const at = start + m.index;
    const after = at + m[0].length;
    const object = named.find((a) => a.start >= after);
    if (object === undefined || !OBJECT_GAP.test(text.slice(after - start, object.start - start)))
      continue;
    const subject = named.findLast((a) => a.end <= at);
    if (
      subject?.label === "Person" &&
      SUBJECT_GAP.test(text.slice(subject.end - start, at - start)) &&
      !people.includes(subject)
    )
      people.push(subject);
    if (object.label === "Person" && !people.includes(object)) people.push(object);
  }
  return people;
}

/**
 * Notes the meeting of an article's story: its first sentence that tells one, with the name it
 * gives the meeting and the people it tells meeting, in order.
 */
export function noteMeeting(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): void {
  if (meetings.has(memory) || !mayTellMeeting(text) || OPPOSED_MEETING.test(text)) return;
  const name = NAMED_MEETING.exec(text)?.[1];
  const people = peopleMeeting(text, start, parties);
  if (name !== undefined || people.length > 0) meetings.set(memory, { named: name, people });
}

/**
 * "The two ministers held their annual Security Consultative Meeting… Pyongyang denounced the
 * meeting", "Museveni received the oil group's chief… Campaigners condemned the meeting": a
 * meeting called only by its kind stands for the story's meeting, by its name when it was named,
 * else by the first person told meeting (the subject or object of a verb of meeting) other than
 * the one who condemns it.
 */
export function meetingParticipant(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target) || !BARE_MEETING.test(target.issue)) return undefined;
  const meeting = meetings.get(memory);
  if (meeting?.named !== undefined) return issueTarget(meeting.named);
  const met = meeting?.people.find((p) => p.key !== holder.key);
  return met === undefined ? undefined : { actor: met };
}
