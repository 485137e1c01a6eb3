import type { OppositionMention } from "./find-oppositions.ts";

/**
 * "Shaibani denounced Israeli air strikes and accused Israel of seizing land", "condemned the
 * execution of two soldiers and accused Russian forces of…": a stance against a thing, then one
 * against a party in the same sentence, tell one grievance; the party is what it is against.
 */
export function partyAfterIssue(kept: OppositionMention, later: OppositionMention): boolean {
  return "issue" in kept.target && "actor" in later.target;
}
