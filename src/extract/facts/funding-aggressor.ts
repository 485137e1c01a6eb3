import type { Actor } from "../resolve/actor.ts";

/** A verb of harm in the passive, its agent to follow: "damaged by", "displaced by the". */
const HARMED_BY =
  /\b(?:damaged|destroyed|hit|struck|displaced|devastated|ravaged|wrecked|occupied|attacked|targeted|bombed|shelled|flattened|levelled|leveled|seized|captured|uprooted|razed|looted|besieged|blockaded|killed|wounded|injured|caused)\s+by\s+(?:the\s+)?$/i;

/**
 * What sets an attack as the harm the money answers: "destroyed in", "after", "against", "from"
 * ("homes destroyed in Israeli strikes", "to rebuild after Russia's invasion", "to shield cities
 * from Russian drones", "interceptors to counter Russia's drone attacks") — not "to support Ukraine's offensive".
 */
const HARM_SETTING =
  /\b(?:(?:damaged|destroyed|hit|struck|displaced|devastated|ravaged|wrecked|killed|wounded|injured|lost|caused)\s+(?:in|during)|after|since|amid|against|from|during|following|counter|repel|deter|intercept|fend off|fight off|shoot down)\s+(?:the\s+)?$/i;

/**
 * A noun of an attack a state makes, after its name or demonym: "Russian strikes", "Israel's
 * bombing" — not of its own means ("Ukrainian drones", "Ukraine's army" may well be paid for).
 */
const HOSTILE_NOUN =
  /^(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:strikes?|air\s?strikes?|attacks?|shelling|bombing|bombardment|invasion|aggression|occupation|blockade|offensive|raids?|incursions?)\b/i;

/**
 * A state named in a purpose as the one doing the harm the money repairs is not paid: "NOK 2
 * billion for power plants damaged by Russian strikes", "$50 million to rebuild homes hit by
 * Sudanese shelling", "€20 million for schools destroyed in Israel's bombing". The state is the
 * agent of a passive verb of harm, or it makes the attack a noun names.
 */
export function isAggressor(text: string, start: number, actor: Actor): boolean {
  if (actor.label === "Person") return false;
  const before = text.slice(Math.max(0, actor.start - start - 30), actor.start - start);
  if (HARMED_BY.test(before)) return true;
  return (
    HARM_SETTING.test(before) &&
    HOSTILE_NOUN.test(text.slice(actor.end - start, actor.end - start + 40))
  );
}
