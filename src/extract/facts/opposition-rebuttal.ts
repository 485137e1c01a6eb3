import type { OppositionMemory } from "./opposition-memory.ts";
import { recentHolder } from "./opposition-recent-holder.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { referredTo } from "./opposition-event-noun.ts";

/**
 * "A Hungarian spokesman rejected the criticism as 'arrogant'", "dismissed the criticism as
 * electioneering": criticism turned away and characterised ("as …") is a stance against the
 * critic. Turned away with no word on it ("rejected the criticism, saying…") it is a denial.
 */
export const REBUTTAL =
  /\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)|brush(?:es|ed|ing)\s+aside|rebuff(?:s|ed|ing)?)\s+(?:(?:the|this|that|such|these|those|all)\s+)?(?:[\w-]+\s+)?(?:criticisms?|critiques?)\s+as\b/gi;

/** Cheap test for REBUTTAL (its nouns are lowercase where the frame can hold). */
export const REBUTTAL_HINT = /critici|critique/;

/**
 * The critic a rebuttal answers: whoever took the latest stance, told in this sentence or one of
 * the two before it ("the criticism" is recent). The one rebutting never answers itself (see
 * stances).
 */
export function rebuttedCritic(memory: OppositionMemory): OppositionTarget | undefined {
  const critic = recentHolder(memory, 2);
  if (critic === undefined) return undefined;
  return { actor: referredTo(critic) };
}
