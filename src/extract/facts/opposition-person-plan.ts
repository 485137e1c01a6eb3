import type { Actor } from "../resolve/actor.ts";
import { isTitlePrefix } from "./opposition-title.ts";

/**
 * After a person's name: "'s", maybe a word that says which one, a noun for a course the person
 * puts forward, then "to" and a verb or "for" and a noun, or a thought "of" something: "'s plan
 * to sell", "'s latest bid to extend", "'s plan for a new port", "'s idea of buying the island".
 */
const PLAN_TO =
  /^(?:['’]s?)?\s+(?:(?:new|latest|revised|renewed|fresh|recent|controversial|unilateral|own)\s+)?(?:(?:plans?|proposals?|offers?|bids?|initiatives?|schemes?|push|drive)\s+(?:to|for)|(?:idea|notion|suggestion)s?\s+of)\s+\p{L}/iu;

/**
 * "protested against Prime Minister Ivan Petrov's plan to sign a land deal", "criticised
 * President Salas's bid to privatise the water company": a course of action a person puts
 * forward, told with what it would do or bring, is opposed as that person's (the plan's words,
 * cut to a few, would be the title, the name and half a verb phrase). The person stands first in
 * the object, maybe behind a title; the object starts at `phraseStart`.
 */
export function personsPlan(
  text: string,
  start: number,
  phraseStart: number,
  actors: readonly Actor[],
): Actor | undefined {
  const person = actors.find(
    (a) =>
      a.label === "Person" && a.possessive && a.end > phraseStart && a.start - phraseStart < 60,
  );
  if (person === undefined) return undefined;
  const before = text.slice(phraseStart - start, Math.max(phraseStart, person.start) - start);
  if (before.trim() !== "" && !isTitlePrefix(before)) return undefined;
  return PLAN_TO.test(text.slice(person.end - start, person.end - start + 40)) ? person : undefined;
}
