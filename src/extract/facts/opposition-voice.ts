import type { Actor } from "../resolve/actor.ts";

/**
 * Between a state (or its ministry) and the name of one who speaks for it: "'s foreign ministry
 * spokesman, ", "'s ambassador to the UN, ", "'s chargé d'affaires in Kyiv, ", or the title set
 * right before the name with no comma ("Chilean foreign ministry spokeswoman Ana Rojas").
 */
const VOICE_BEFORE_NAME =
  /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:[Ss]pokes(?:person|man|woman)|ambassador|envoy|charg[ée]\s+d['’]affaires|permanent\s+representative|representative)(?:\s+(?:to|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s*){1,4})?(?:\s*,\s*|\s+)$/u;

/** A state named as owner ("Peru's"), or a state's organ ("the Peruvian foreign ministry"). */
function speaksFor(owner: Actor): boolean {
  return owner.label === "Country"
    ? owner.possessive
    : owner.label === "Organization" && STATE_ORGAN.test(owner.key);
}

const STATE_ORGAN = /ministry|government|presidency|embassy|mission|department|foreign-office/;

/**
 * "Peru's foreign ministry spokesman, Carlos Vega, criticised…": a person named in apposition to
 * the title of one who speaks for a state holds the stance for that state.
 */
export function stateVoice(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (holder.label !== "Person" || holder.via !== "name") return undefined;
  const owner = parties
    .filter((a) => a.end <= holder.start && holder.start - a.end < 80 && a.country !== undefined)
    .at(-1);
  if (owner === undefined || !speaksFor(owner)) return undefined;
  if (!VOICE_BEFORE_NAME.test(text.slice(owner.end - start, holder.start - start)))
    return undefined;
  const state = `country:${owner.country ?? ""}`;
  return { ...holder, key: state, label: "Country", country: owner.country, via: "country" };
}
