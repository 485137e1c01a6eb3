import type { Actor } from "../resolve/actor.ts";
import { asState } from "./opposition-home.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/** A state's executive named as a body: "Peru's cabinet", "the Kenyan government". */
const EXECUTIVE =
  /-(?:cabinet|government|council-of-ministers|presidency|foreign-ministry|(?:external|foreign)-affairs-ministry|ministry-of-(?:foreign|external)-affairs)$/;

/**
 * "Peru's cabinet approved funds for the island, a move Colombia rejected": a state's executive,
 * opposed, is the state, as a ministry speaking for it is.
 */
export function executiveState(target: OppositionTarget, holder: Actor): OppositionTarget {
  if (!("actor" in target)) return target;
  const body = target.actor;
  if (body.label !== "Organization" || body.country === undefined || !EXECUTIVE.test(body.key))
    return target;
  const state = `country:${body.country}`;
  return state === holder.key ? target : { actor: asState(body, state) };
}
