import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";

/** Words that end the clause a verb governs: what follows belongs to another predicate. */
const RIGHT_BOUNDARY =
  /[;:]|\s[—¦–¬]\s|\b(following|after|before|while|when|where|which|who|whom|but|because|although|saying|said|says|told|as well as|amid|despite|even as)\b|\band\s+(?!with\b|the\b|his\b|her\b|its\b|their\b|other\b|a\b|an\b)[a-z]+(?:ed|s)\b/g;
const LEFT_BOUNDARY =
  /[;:]|\s[—¦–¬]\s|\b(following|after|before|while|when|where|which|but|because|although|and then)\b/gi;

/** Offset (in the body) where the clause to the right of `from` ends. */
export function rightClauseEnd(text: string, textStart: number, from: number): number {
  const local = from - textStart;
  RIGHT_BOUNDARY.lastIndex = local;
  const m = RIGHT_BOUNDARY.exec(text);
  return m === null ? textStart + text.length : textStart + m.index;
}

/** Offset (in the body) where the clause to the left of `to` begins. */
export function leftClauseStart(text: string, textStart: number, to: number): number {
  const local = to - textStart;
  let start = 0;
  for (const m of execAll(LEFT_BOUNDARY, text.slice(0, local))) start = m.index + m[0].length;
  return textStart + start;
}

export function actorsBetween(actors: readonly Actor[], start: number, end: number): Actor[] {
  return actors.filter((a) => a.start >= start && a.end <= end);
}

/**
 * The last party ending at or before `at` that is neither an owner ("Kenya's") nor a place ("in
 * Nairobi"): the subject of a verb there, or the noun a clause there is on.
 */
export function lastPlainPartyBefore(parties: readonly Actor[], at: number): Actor | undefined {
  return parties.findLast((a) => a.end <= at && !a.possessive && !a.place);
}

export function uniqueByKey<T extends { key: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.key) ? false : (seen.add(i.key), true)));
}
