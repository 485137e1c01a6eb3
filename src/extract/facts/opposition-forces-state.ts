import type { Actor } from "../resolve/actor.ts";
import { demonymHeadState } from "./opposition-demonym-head.ts";

/**
 * Armed or security forces after a demonym: "Russian troops", "Chinese soldiers", "Rwandan
 * mercenaries", "Russian military instructors" — not owned ("Russian troops'") and not a title.
 */
const FORCES_AFTER =
  /^\s+(?:(?:military|army|security|special|paramilitary|naval|border)\s+)?(?:troops|forces|soldiers|mercenaries|instructors|fighters|militias?|army|navy|police|gunmen)\b(?!['’])/i;

/**
 * "Human Rights Watch accused Russian troops of killing civilians": forces told only by their
 * state's demonym stand for that state, as a target ("Pakistani troops" → Pakistan).
 */
export function forcesState(
  text: string,
  start: number,
  phraseStart: number,
  first: Actor | undefined,
): Actor | undefined {
  return demonymHeadState(text, start, phraseStart, first, FORCES_AFTER, 48);
}
