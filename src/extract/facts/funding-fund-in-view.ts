import type { FundingContext, Recipient } from "./find-funding.ts";

/**
 * A pooled vehicle's name ends in its kind: "the Pacific Resilience Facility", "the Caribbean
 * Climate Fund", "a regional trust fund", "the Loss and Damage Fund".
 */
const POOLED_VEHICLE =
  /(?:^|[-\s])(?:fund|facility|trust|pool|mechanism|window|appeal|endowment|replenishment)$/i;

/** A name: each word capitalised, "and", "for", "of", "the" or "to" between ("Fund for Loss and Damage"). */
const NAMED = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|for|of|the|to)\s+)*\p{Lu}[\p{L}'’-]*)*$/u;

/**
 * "Australia pledged A$50 million to the Pacific Resilience Facility. … New Zealand said it would
 * contribute NZ$15 million": while the article's money is going into a named fund or facility, an
 * amount that names no recipient of its own goes into it as well — not to the state the report is
 * filed from or that hosts the fund ("Fiji, which hosts the facility, …"), which the topic-state
 * reading would otherwise give it.
 */
export function fundInView(context: FundingContext): Recipient | undefined {
  const r = context.recipient;
  if (r === undefined) return undefined;
  // A named one: "building the facility" is a plant, "a joint investment fund" no body yet.
  if ("actor" in r)
    return r.actor.label === "Organization" && POOLED_VEHICLE.test(r.actor.key) ? r : undefined;
  return NAMED.test(r.issue) && POOLED_VEHICLE.test(r.issue) ? r : undefined;
}
