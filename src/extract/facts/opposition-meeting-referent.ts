import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { gatedTest } from "../text/letter-gate.ts";

/** Cheap test for MEETING_TOLD (not run where its letters are missing: letter-gate.ts). */
const mayTellMeeting = gatedTest(/met|eeting|talks|ummit|received|hosted/);

/**
 * "A met B", "held talks with", "after a meeting with", "held their annual consultative meeting",
 * "received B at the palace": a sentence that tells people meeting.
 */
const MEETING_TOLD =
  /\b(?:met|meets|[Mm]eeting|talks|[Ss]ummit|received|hosted)\b(?!\s+(?:\p{Ll}+\s+)?(?:criticism|condemnation|backlash|protests?)\b)/u;

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
 * "the EU–Western Balkans ministerial meeting", "their annual Security Consultative Meeting": a
 * meeting named by capitalised words or by the rank of those who meet, before its noun.
 */
const NAMED_MEETING =
  /((?:(?:\p{Lu}[\p{L}¬–-]*|ministerial|consultative)\s+){1,4})(?:[Mm]eeting|[Ss]ummit)\b/u;

/** A story's meeting: what it was called, if it was named, and the people told meeting. */
interface Meeting {
  readonly named: string | undefined;
  readonly people: readonly Actor[];
}

const meetings = new WeakMap<OppositionMemory, Meeting>();

/**
 * Notes the meeting of an article's story: its first sentence that tells one, with the name it
 * gives the meeting and the people it names, in order.
 */
export function noteMeeting(
  text: string,
  parties: readonly Actor[],
  memory: OppositionMemory,
): void {
  if (meetings.has(memory) || !mayTellMeeting(text) || !MEETING_TOLD.test(text)) return;
  if (OPPOSED_MEETING.test(text)) return;
  const name = NAMED_MEETING.exec(text)?.[0];
  const people = parties.filter((a) => a.label === "Person" && !a.place);
  if (name !== undefined || people.length > 0) meetings.set(memory, { named: name, people });
}

/**
 * "The two ministers held their annual Security Consultative Meeting… Pyongyang denounced the
 * meeting", "Museveni received the oil group's chief… Campaigners condemned the meeting": a
 * meeting called only by its kind stands for the story's meeting, by its name when it was named,
 * else by the first person told meeting other than the one who condemns it.
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
