import type { OppositionMention } from "./find-oppositions.ts";
import { BARE_GOVERNMENT } from "./opposition-reason.ts";

/**
 * "Shaibani denounced Israeli air strikes and accused Israel of seizing land", "condemned the
 * execution of two soldiers and accused Russian forces of…": a stance against a thing, then one
 * against a party in the same sentence, tell one grievance; the party is what it is against.
 * So do "criticised the government for… and accused Persad-Bissessar of…": the person named
 * after a government told only by its kind is the one the grievance names.
 */
export function partyAfterIssue(kept: OppositionMention, later: OppositionMention): boolean {
  if ("issue" in kept.target) return "actor" in later.target;
  return (
    BARE_GOVERNMENT.test(kept.what) &&
    "actor" in later.target &&
    later.target.actor.label === "Person"
  );
}

/**
 * "lambasted Blanár for… and accused the government of…": a government told only by its kind
 * after a person of no other state in the same sentence is that person's; it adds to the
 * grievance, not a stance of its own.
 */
export function governmentAfterPerson(kept: OppositionMention, later: OppositionMention): boolean {
  if (!("actor" in kept.target) || kept.target.actor.label !== "Person") return false;
  // "condemned the visit by Jaishankar and accused the government of…": another state's person.
  const own = kept.target.actor.country;
  return (
    BARE_GOVERNMENT.test(later.what) &&
    (own === undefined || !("actor" in later.target) || later.target.actor.key === `country:${own}`)
  );
}
