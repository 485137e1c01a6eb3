import type { Actor } from "../resolve/actor.ts";
import { otherNamedState, stateTarget, type OppositionMemory } from "./opposition-memory.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/** "the junta", "the military", "a communist regime", "the military authorities": rulers by kind. */
const RULERS =
  /^(?:[a-z-]+\s+)?(?:regime|junta|military(?:\s+(?:government|authorities|rulers|leadership|administration))?|military-led\s+government)$/i;

/**
 * "accused the military of carrying on with air strikes", "slammed a communist regime": a state's
 * rulers named only by their kind are that state — a body's own, when a body at home opposes
 * them, else the state the article names most other than the opponent's.
 */
export function rulersState(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target) || !RULERS.test(target.issue)) return undefined;
  const own = holder.country === undefined ? undefined : `country:${holder.country}`;
  // A body at home fights its own rulers; one of no known state, those of the state the article
  // names most ("The shadow government accused the military of…" in a report on Myanmar).
  const state =
    holder.label === "Organization" && own !== undefined ? own : otherNamedState(holder, memory);
  return state === undefined ? undefined : stateTarget(holder, state);
}
