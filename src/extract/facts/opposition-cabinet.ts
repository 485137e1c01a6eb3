import type { Actor } from "../resolve/actor.ts";
import { asState } from "./opposition-home.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/**
 * A state's executive named as a body, or its mission abroad: "Peru's cabinet", "the Kenyan
 * government", "the Indian High Commission".
 */
const EXECUTIVE =
  /-(?:cabinet|government|council-of-ministers|presidency|embassy|high-commission|foreign-ministry|(?:external|foreign)-affairs-ministry|ministry-of-(?:foreign|external)-affairs)$/;

/**
 * "Peru's cabinet approved funds for the island, a move Colombia rejected", "lodged a protest with
 * the Indian High Commission": a state's executive or mission, opposed, is the state, as a
 * ministry speaking for it is.
 */
export function executiveState(target: OppositionTarget, holder: Actor): OppositionTarget {
  if (!("actor" in target)) return target;
  const body = target.actor;
  if (body.label !== "Organization" || body.country === undefined || !EXECUTIVE.test(body.key))
    return target;
  const state = `country:${body.country}`;
  return state === holder.key ? target : { actor: asState(body, state) };
}
