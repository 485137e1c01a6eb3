import type { Actor } from "../resolve/actor.ts";
import type { MeetingMention } from "./find-meetings.ts";

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
  if (told.length < 2 || m.participants.length !== told.length) return m;
  const keys = new Set(told.map((a) => a.key));
  return m.participants.every((p) => keys.has(p.key)) ? { ...m, date: toldDate } : m;
}
