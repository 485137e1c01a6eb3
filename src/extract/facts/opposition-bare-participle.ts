import type { Actor } from "../resolve/actor.ts";
import { lastPlainPartyBefore } from "./clause.ts";

/**
 * "Stalin wrote to Prime Minister Narendra Modi accusing the central government of…": a verb in
 * -ing right after a party named by its own name, with no comma, is a participle of the clause's
 * subject — a proper name takes no restrictive modifier, so "Modi accusing…" cannot be "the Modi
 * who accuses". Only when a subject stands before that object; "Kenya accusing…" opening a
 * headline-like clause keeps its own reading.
 */
export function bareParticiple(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): boolean {
  if (!/^\p{L}+ing\b/u.test(text.slice(at - start, at - start + 40))) return false;
  const object = lastPlainPartyBefore(parties, at);
  if (object === undefined || object.via !== "name" || object.label === "Organization")
    return false;
  if (!/^\s+$/.test(text.slice(object.end - start, at - start))) return false;
  // A plain party before the object (ending before it, so before `at` too) is the subject.
  return parties.some(
    (a) => a.end < object.start && !a.possessive && !a.place && a.key !== object.key,
  );
}
