import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import { actorsBetween } from "./clause.ts";

/**
 * "held Israel fully responsible for the strike", "will hold the junta accountable for the
 * deaths", "sought damages from Mexico", "demands compensation from Minsk": a party held liable,
 * or asked for redress, is opposed by the one who holds it so. The group "held" is the one held,
 * named right after the verb; after "from", the party asked for redress follows the match.
 */
const LIABLE =
  /\bh(?:old|olds|eld|olding)\s+(?<held>(?:[\p{L}\d'’.-]+\s+){1,4}?)(?:\p{L}+ly\s+)?(?:responsible|accountable|liable)\s+for\b|\b(?:s(?:eek|eeks|ought|eeking)|demand(?:s|ed|ing)?|claim(?:s|ed|ing)?)\s+(?:\p{L}+\s+){0,2}?(?:damages|compensation|reparations|redress)\s+from\s+/giu;

/** Cheap test for LIABLE. */
export const LIABLE_HINT =
  /\b(?:(?:responsible|accountable|liable)\s+for|(?:damages|compensation|reparations|redress)\s+from)\b/i;

/** The stance of the one who holds a party liable, against that party. */
export function liableParties(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  return byPattern(text, start, parties, LIABLE, (m) => {
    const held = m.groups?.["held"];
    if (held === undefined) {
      const end = start + m.index + m[0].length;
      const from = parties.find((a) => a.start === end);
      return from === undefined ? undefined : { actor: from };
    }
    const at = start + m.index + m[0].indexOf(held, 3);
    const named = actorsBetween(parties, at, at + held.length).filter(
      (a) => !a.possessive && !a.place,
    );
    return named.length === 1 && named[0] !== undefined ? { actor: named[0] } : undefined;
  });
}
