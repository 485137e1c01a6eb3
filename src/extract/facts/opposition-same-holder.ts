import type { Actor } from "../resolve/actor.ts";
import { previousTarget, type OppositionMemory } from "./opposition-memory.ts";
import { DOING_MODIFIERS } from "./opposition-previous-doer.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/** "the move", "the decision", "this step": a doing called only by a word for one. */
const BARE_DOING = new RegExp(
  String.raw`^(?:(?:${DOING_MODIFIERS})\s+)?(?:decision|move|step|measure|action)$`,
  "i",
);

/**
 * Whether two holders are one, or speak for one state ("Cyprus", "the Cypriot spokesman"). Two
 * holders of no state (the EU and the UN, two NGOs) are two sides.
 */
function sameSide(a: Actor, b: Actor): boolean {
  if (a.key === b.key) return true;
  const state = stateOf(a);
  return state !== undefined && state === stateOf(b);
}

/** The state a holder is or speaks for, as a country key, if any. */
function stateOf(a: Actor): string | undefined {
  return a.label === "Country"
    ? a.key
    : a.country === undefined
      ? undefined
      : `country:${a.country}`;
}

/**
 * "Cyprus condemned a decision by the Turkish Cypriot administration to open Varosha. Its
 * spokesman called the move a violation.": a bare word for a doing, in a stance held by the side
 * whose stance the sentence before told, is what that stance was against.
 */
export function sameHolderTarget(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target) || !BARE_DOING.test(target.issue)) return undefined;
  const told = previousTarget(memory);
  const before = memory.lastHolder;
  return told === undefined || before === undefined || !sameSide(before, holder) ? undefined : told;
}
