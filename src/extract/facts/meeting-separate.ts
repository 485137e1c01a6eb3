import type { Actor } from "../resolve/actor.ts";
import { RELATIVE_ON_PREVIOUS } from "./meeting-list-relative.ts";

/**
 * "with A, and with B", "A in Buenos Aires on Saturday and B in Santiago", "first by A, then by
 * B": separate meetings.
 */
function separates(gap: string): boolean {
  // "met A, who took office in January, and B": a relative clause on A says nothing of the meeting.
  const between = gap.replace(RELATIVE_ON_PREVIOUS, ",");
  // Not "received A together with B": one meeting.
  return (
    /(?<!\b(?:together|along)\s+)\bwith\b/i.test(between) ||
    // "received first by A, then by B", "met A and later B": one after the other.
    /\b(?:then|later|afterwards)\b/i.test(between) ||
    /\b(in|on|at)\b.*\band\b/i.test(between)
  );
}

/** "met with A, and with B": two meetings; "met with A and B": one. */
export function splitSeparateMeetings(
  text: string,
  textStart: number,
  participants: readonly Actor[],
  subjects: number,
  apart = false,
): Actor[][] {
  const objects = participants.slice(subjects);
  const groups: Actor[][] = [];
  let current: Actor[] = [];
  objects.forEach((o, i) => {
    const prev = objects[i - 1];
    const gap = prev === undefined ? "" : text.slice(prev.end - textStart, o.start - textStart);
    if (prev !== undefined && (apart || separates(gap))) {
      groups.push(current);
      current = [];
    }
    current.push(o);
  });
  groups.push(current);
  return groups.map((g) => [...participants.slice(0, subjects), ...g]);
}
