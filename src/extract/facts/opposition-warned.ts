import type { Actor } from "../resolve/actor.ts";
import { actorsBetween } from "./clause.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/**
 * "warned Togo not to close the border", "cautioned Moscow over the detentions": a warning
 * addressed to a named party, not to do something or over what it did, is a stance against that
 * party. (A party warned "against" something or "that" something is read by the verb patterns;
 * one warned "about" a danger — "warned Nigeria about a cholera outbreak" — is only told of it.)
 * The group is the party warned, capitalised.
 */
export const WARNED_PARTY =
  /\b(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+((?:the\s+)?\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*){0,4})\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|again|publicly|privately|sternly|bluntly)\s+)?(?:not\s+to|over)\s/gu;

/** Cheap test for WARNED_PARTY. */
export const WARNED_PARTY_HINT = /\b(?:warn|caution)\w*\s+(?:the\s+)?\p{Lu}/u;

/** The party a WARNED_PARTY match addresses, when its group names one. */
export function warnedParty(
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const group = m[1] ?? "";
  const from = start + m.index + m[0].indexOf(group, 4);
  const warned = actorsBetween(parties, from, from + group.length).find(
    (a) => !a.possessive && !a.place,
  );
  return warned === undefined ? undefined : { actor: warned };
}
