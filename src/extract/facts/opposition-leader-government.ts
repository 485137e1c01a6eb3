import type { Actor } from "../resolve/actor.ts";

/** "the Milei government", "the Trump administration": a leader's name used as a modifier. */
const NAMED_GOVERNMENT = /^\s+(?:government|administration|cabinet|regime)\b/i;

/** "Milei's government has also rejected": the owned body right up to the verb. */
const OWNED_GOVERNMENT =
  /^['’]s?\s+(?:government|administration|cabinet|regime)\s+(?:(?:\w+ly|also|has|have|had)\s+)*$/i;

/** The state of a leader who stands for their government; undefined when unknown. */
export function stateOf(leader: Actor): Actor | undefined {
  if (leader.label !== "Person" || leader.country === undefined) return undefined;
  return {
    ...leader,
    key: `country:${leader.country}`,
    label: "Country",
    via: "country",
    possessive: false,
  };
}

/**
 * "The Kast government rejected any negotiation", "the Trump administration condemned…": a
 * government called by its leader's name speaks for the leader's state, not for the leader.
 */
export function namedGovernment(text: string, start: number, holder: Actor): Actor | undefined {
  if (holder.possessive || !/\bthe\s+$/i.test(text.slice(0, holder.start - start)))
    return undefined;
  return NAMED_GOVERNMENT.test(text.slice(holder.end - start, holder.end - start + 20))
    ? stateOf(holder)
    : undefined;
}

/**
 * "Milei's government rejected the tariff": a leader's own government, named as theirs right
 * before the verb, is the leader's state.
 */
export function ownedGovernment(
  text: string,
  start: number,
  owner: Actor,
  subjectEnd: number,
): Actor | undefined {
  return owner.possessive &&
    OWNED_GOVERNMENT.test(text.slice(owner.end - start, subjectEnd - start))
    ? stateOf(owner)
    : undefined;
}
