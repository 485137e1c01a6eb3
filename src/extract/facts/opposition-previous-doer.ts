import type { Actor } from "../resolve/actor.ts";
import { actingState } from "./opposition-acting-state.ts";
import type { OppositionMemory } from "./opposition-memory.ts";

/** "the decision", "the move", "this choice": a doing called only by a word for one. */
const BARE_DOING =
  /^(?:(?:latest|recent|same|whole|surprise|unilateral)\s+)?(?:decision|move|step|choice|action|gesture)$/i;

/**
 * "Norway decided on Monday to close its embassy in Santiago. Chile condemned the decision.",
 * "Abinader's government had limited its invitations… The choice was condemned by Cuba": a bare
 * word for a doing, when no measure was told before, stands for the party that opened the
 * sentence right before it (its state, for a minister or leader opposed from abroad).
 */
export function previousDoer(
  issue: string,
  holder: Actor,
  memory: OppositionMemory,
): Actor | undefined {
  if (!BARE_DOING.test(issue)) return undefined;
  const doer = memory.lastSubject;
  // "Moscow reacted with hostility. Grushko condemned the decision": not the holder's own state.
  if (doer === undefined || doer.key === holder.key || doer.key === `country:${holder.country}`)
    return undefined;
  const state = actingState(doer, holder);
  return state.key === holder.key ? undefined : { ...state, from: -1, to: -1, via: "description" };
}
