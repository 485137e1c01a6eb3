import type { OppositionTarget } from "./opposition-target.ts";

/**
 * "the campaigners", "its backers", "opposition leaders", "his guest", "critics of his government",
 * "reporters' questions about her health": people called only by their part in the story, or
 * what such people asked — not a thing done to them ("the crackdown on protesters", "killings
 * of activists"). (Bodies that are also institutions, "the police", "the military",
 * are left alone: a deal or a force may be what is opposed.)
 */
const PEOPLE_ONLY =
  /^(?:(?!(?:of|on|against|by|for|to|with|from|among|toward|towards)\s)[\w'’-]+\s+){0,2}(?:campaigners|activists|protesters|demonstrators|officers|opposition|leaders|guests?|hosts?|backers|critics|supporters|lawmakers|sponsors|reporters|journalists|questions)(?:\s+(?:of|in|within|among|about|over|on)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?$/i;

/**
 * Whether a stance's target names something: people called only by their role, whom no earlier
 * sentence let the target stand for ("Museveni hit back at the campaigners"), are a party the
 * text leaves unnamed, never an issue, and the stance is not told.
 */
export function namesTarget(o: { readonly target: OppositionTarget }): boolean {
  return !("issue" in o.target) || !PEOPLE_ONLY.test(o.target.issue);
}
