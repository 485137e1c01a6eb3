import type { Actor } from "../resolve/actor.ts";
import type { MeetingMention } from "./find-meetings.ts";

/**
 * "after meeting Kowal a second time", "the two met again": the words right after the verb tell
 * a meeting of its own, not the one told before.
 */
const ANOTHER_TIME =
  /^[^,;.]{0,60}?\b(?:again|once\s+more|anew|(?:for\s+)?(?:a|the)\s+(?:second|third|fourth)\s+time)\b/i;

/** Whether a meeting is told as held another time than the one before ("again", "a second time"). */
export function toldAsAnother(m: MeetingMention): boolean {
  const { text, start } = m.sentence.sentence;
  return ANOTHER_TIME.test(text.slice(m.at - start));
}

/**
 * "A received B on Tuesday. … The two men discussed the metro": a meeting of exactly the people
 * of the meeting told just before (`told`, within two sentences), with no day of its own in its
 * sentence, goes on with that meeting and takes its day (the day stated wins in meetingDate),
 * not the day the story has moved on to since.
 */
export function sameMeetingAgain(
  m: MeetingMention,
  told: readonly Actor[],
  toldDate: string | undefined,
): MeetingMention {
  if (toldDate === undefined || m.date !== undefined || m.modality !== "asserted") return m;
  if (told.length < 2 || m.participants.length !== told.length || toldAsAnother(m)) return m;
  const keys = new Set(told.map((a) => a.key));
  return m.participants.every((p) => keys.has(p.key)) ? { ...m, date: toldDate } : m;
}
