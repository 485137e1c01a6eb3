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
