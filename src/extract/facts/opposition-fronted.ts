import type { Actor } from "../resolve/actor.ts";
import { coordinated } from "./opposition-holder.ts";

/** A finite verb: the words before the comma are a clause of their own. */
const FINITE = /\b(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must)\b/i;

/**
 * "Decrying the new quotas, Chile said…", "Rebuking Bolivia for the closure, Peru and Ecuador
 * recalled…": a participle that opens the sentence has the subject of the main clause after its
 * comma — a person named there before a state, else the party or list of parties named first.
 */
export function frontedSubject(text: string, start: number, parties: readonly Actor[]): Actor[] {
  const comma = text.indexOf(",");
  // "Blocking the road was a mistake, Chile said": a gerund subject, not an opening participle.
  if (comma < 0 || FINITE.test(text.slice(0, comma))) return [];
  const after = parties.filter((a) => a.start >= start + comma && !a.possessive && !a.place);
  const person = after.find((a) => a.label === "Person");
  if (person !== undefined) return [person];
  return after.length === 0 ? [] : coordinated(text, start, after, "forward");
}

/**
 * "Asked about the Seoul meeting,", "Responding to Russia's threats,", "Speaking after talks with
 * Xi,": a participle of speaking or answering that opens the sentence, up to its comma.
 */
const OPENING_ASIDE =
  /^\s*(?:Asked|Questioned|Pressed|Speaking|Responding|Reacting|Commenting|Referring|Writing|Addressing|Answering|Replying)\b[^,;:"“]*,/;

/**
 * Where an opening participle clause of speaking or answering ends (0 if none): the parties it
 * names are what was asked or answered about, never the main clause's subject.
 */
export function openingAsideEnd(text: string): number {
  const m = OPENING_ASIDE.exec(text);
  return m === null || FINITE.test(m[0]) ? 0 : m[0].length;
}
