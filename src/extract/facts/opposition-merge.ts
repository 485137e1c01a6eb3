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
function governmentAfterPerson(kept: OppositionMention, later: OppositionMention): boolean {
  if (!("actor" in kept.target) || kept.target.actor.label !== "Person") return false;
  // "condemned the visit by Jaishankar and accused the government of…": another state's person.
  const own = kept.target.actor.country;
  return (
    BARE_GOVERNMENT.test(later.what) &&
    (own === undefined || !("actor" in later.target) || later.target.actor.key === `country:${own}`)
  );
}

/**
 * "summoned the Maldivian envoy and lodged a protest over the remarks": a person found only by
 * what an earlier sentence told ("the remarks" were a Maldivian minister's), of the opposed state
 * or of none known, adds to the grievance against that state, not a stance of its own.
 */
function referredMember(kept: OppositionMention, later: OppositionMention): boolean {
  if (!("actor" in kept.target) || !("actor" in later.target)) return false;
  const person = later.target.actor;
  return (
    person.from === -1 &&
    person.label === "Person" &&
    kept.target.actor.label === "Country" &&
    (person.country === undefined || kept.target.actor.key === `country:${person.country}`)
  );
}

/** A later stance of the same holder in a sentence that only adds to the grievance of its first. */
export function sameGrievance(kept: OppositionMention, later: OppositionMention): boolean {
  return governmentAfterPerson(kept, later) || referredMember(kept, later);
}
