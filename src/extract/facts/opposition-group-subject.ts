import type { Actor } from "../resolve/actor.ts";
import { isDemonymMention } from "./funding-parties.ts";

/**
 * Plural nouns for people or firms who act in their own name, never their state's: "farmers",
 * "business groups", "hauliers", "protesters".
 */
const OWN_NAME_GROUPS = String.raw`(?:groups|farmers|growers|workers|businesses|companies|firms|exporters|importers|producers|manufacturers|traders|merchants|hauliers|truckers|drivers|carriers|employers|residents|villagers|students|fishermen|fishers|consumers|investors|retailers|shipowners|unions|activists|protesters|demonstrators|citizens|voters|pensioners|doctors|teachers|nurses)`;

/**
 * "French farmers", "Polish truck drivers": after a demonym, a word or two, the plural noun. The
 * words are not an article or a past tense ("Chilean ministers criticised the companies").
 */
const GROUP_AFTER = new RegExp(
  String.raw`^\s+(?:(?!(?:the|an?|this|that|these|those|[a-z]+ed)\s)[a-z-]+\s+){0,2}${OWN_NAME_GROUPS}\b`,
);

/**
 * "business groups in both countries", "truckers from Poland", "farmers in Chile and Peru": the
 * noun, then where from, maybe after other states of a list.
 */
const GROUP_BEFORE = new RegExp(
  String.raw`\b${OWN_NAME_GROUPS}\s+(?:in|from|across)\s+(?:the\s+|both\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*(,|and|or)\s+){0,3}$`,
  "u",
);

/**
 * ", Peru and Chile", ", Peru, Chile or Bolivia": a list that goes on after the state. A comma
 * before the state counts as a list's only then; else it closes a fronted phrase ("After meeting
 * farmers in Brittany, France condemned…"), whose state is the clause's subject.
 */
const LIST_GOES_ON =
  /^(?:\s*,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*\s*,?\s+(?:and|or)\s/u;

/**
 * Whether a state only says where such a group comes from ("Thousands of French farmers
 * marched…", "Business groups in both countries have criticised…"): the group's stance is not
 * its state's.
 */
export function modifiesGroup(text: string, start: number, a: Actor): boolean {
  if (a.label !== "Country") return false;
  if (
    isDemonymMention(text, start, a) &&
    GROUP_AFTER.test(text.slice(a.end - start, a.end - start + 40))
  )
    return true;
  const before = GROUP_BEFORE.exec(text.slice(Math.max(0, a.start - start - 40), a.start - start));
  if (before === null) return false;
  return before[1] !== "," || LIST_GOES_ON.test(text.slice(a.end - start, a.end - start + 60));
}
