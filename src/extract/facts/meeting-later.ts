import type { MeetingMention } from "./find-meetings.ts";

/**
 * "…said after the meeting. He later held talks with Caputo", "…and then met C": an adverb of
 * sequence right before the verb, with no day of its own.
 */
const LATER_BEFORE_VERB = /\b(?:later|then|subsequently|afterwards)\s+(?:also\s+)?$/i;

/**
 * A meeting told as coming "later" or "then" after the one told just before is held on that
 * meeting's day, unless its sentence states another (the day stated wins in meetingDate): "Bessent
 * met Milei on Monday. … He later held talks with Caputo" is Monday, whatever other days the
 * sentences between have named.
 */
export function afterLastMeeting(m: MeetingMention, lastDate: string | undefined): MeetingMention {
  if (lastDate === undefined || m.date !== undefined || m.modality !== "asserted") return m;
  const { text, start } = m.sentence.sentence;
  return LATER_BEFORE_VERB.test(text.slice(Math.max(0, m.at - start - 40), m.at - start))
    ? { ...m, date: lastDate }
    : m;
}
