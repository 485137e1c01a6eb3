import type { Actor } from "../resolve/actor.ts";

/**
 * Plural nouns for people or firms who act in their own name, never their state's: "farmers",
 * "business groups", "hauliers", "protesters".
 */
const OWN_NAME_GROUPS = String.raw`(?:groups|farmers|growers|workers|businesses|companies|firms|exporters|importers|producers|manufacturers|traders|merchants|hauliers|truckers|drivers|carriers|employers|residents|villagers|students|fishermen|fishers|consumers|investors|retailers|shipowners|unions|activists|protesters|demonstrators|citizens|voters|pensioners|doctors|teachers|nurses)`;

/** "French farmers", "Polish truck drivers": a demonym, a word or two, the plural noun. */
const GROUP_AFTER = new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,2}${OWN_NAME_GROUPS}\b`);

/**
 * "business groups in both countries", "truckers from Poland", "farmers in Chile and Peru": the
 * noun, then where from, maybe after other states of a list.
 */
const GROUP_BEFORE = new RegExp(
  String.raw`\b${OWN_NAME_GROUPS}\s+(?:in|from|across)\s+(?:the\s+|both\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*(?:,|and|or)\s+){0,3}$`,
  "u",
);

/**
 * Whether a state only says where such a group comes from ("Thousands of French farmers
 * marched…", "Business groups in both countries have criticised…"): the group's stance is not
 * its state's.
 */
export function modifiesGroup(text: string, start: number, a: Actor): boolean {
  if (a.label !== "Country") return false;
  return (
    GROUP_AFTER.test(text.slice(a.end - start, a.end - start + 40)) ||
    GROUP_BEFORE.test(text.slice(Math.max(0, a.start - start - 40), a.start - start))
  );
}
