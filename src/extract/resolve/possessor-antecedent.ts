import type { Actor } from "./actor.ts";

/**
 * The people a sentence leaves for a later "he" or "she": those it names outright, else — when
 * it names a person only as an owner — that owner ("Ruto's speech ran long. He attacked the
 * bill…": "he" is Ruto, not whoever acted in the sentence before).
 */
export function peopleToRemember(actors: readonly Actor[]): Actor[] {
  const people = actors.filter((a) => a.label === "Person");
  const named = people.filter((a) => !a.possessive);
  return named.length > 0 ? named : people;
}
