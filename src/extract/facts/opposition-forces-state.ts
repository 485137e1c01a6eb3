import type { Actor } from "../resolve/actor.ts";

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
  if (first?.label !== "Country" || first.possessive) return undefined;
  if (!/^(?:the\s+)?$/i.test(text.slice(phraseStart - start, first.start - start)))
    return undefined;
  return FORCES_AFTER.test(text.slice(first.end - start, first.end - start + 48))
    ? first
    : undefined;
}
