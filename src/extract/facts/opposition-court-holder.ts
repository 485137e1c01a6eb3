import type { Actor } from "../resolve/actor.ts";

/** A court or tribunal by its name: "the Supreme Court", "the Court of Cassation". */
const COURT = /(?:^|-)(?:court|courts|tribunal)(?:-|$)/;

/**
 * Whether a stance's holder is a court: what a court rejects, dismisses or finds unlawful is
 * ruled, not opposed ("the Supreme Court dismissed his party's challenge", "the court rejected
 * the defence's objections"); the parties who take its ruling up hold the stances.
 */
export function heldByCourt(holder: Actor): boolean {
  return holder.label === "Organization" && COURT.test(holder.key.slice("org:".length));
}
