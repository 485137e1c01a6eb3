import type { Actor } from "../resolve/actor.ts";

/**
 * "the World Bank's decision to halt new lending", "Beijing's move to ban the imports": a noun
 * of deciding or intending, owned by a party, before the infinitive of a stance's verb.
 */
export const DECISION_NOUNS = String.raw`decision|move|plan|bid|attempt|order|threat|vow|pledge|refusal|effort|announcement|readiness|determination`;
/** "the World Bank's decision to ": a party's noun of deciding before an infinitive's "to". */
export const OWNED_DECISION = String.raw`['’]s?\s+(?:[\w-]+\s+){0,2}?(?:${DECISION_NOUNS})\s+to\s`;
const DECIDED = new RegExp(String.raw`${OWNED_DECISION}\s*(?:\w+ly\s+)?$`, "i");

/**
 * The party whose possessive ends at `at` ("the World Bank's" before "decision"), as the holder of
 * what it owns: no longer possessive. `label` narrows it to parties of that label.
 */
export function possessorAt(
  parties: readonly Actor[],
  at: number,
  label?: Actor["label"],
): Actor | undefined {
  const owner = parties.find(
    (a) => a.end === at && a.possessive && (label === undefined || a.label === label),
  );
  return owner === undefined ? undefined : { ...owner, possessive: false };
}

/**
 * The party that owns the decision whose infinitive ends `head` ("Investors weighed the World
 * Bank's decision to" → the World Bank), or undefined when `head` ends otherwise. `start` is
 * where `head` starts in the body.
 */
export function possessiveDecider(
  head: string,
  start: number,
  parties: readonly Actor[],
): Actor | undefined {
  const m = DECIDED.exec(head);
  if (m === null) return undefined;
  return possessorAt(parties, start + m.index);
}
