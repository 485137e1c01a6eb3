import type { Actor } from "../resolve/actor.ts";

/**
 * Between a state (or its ministry) and the name of one who speaks for it: "'s foreign ministry
 * spokesman, ", "'s ambassador to the UN, ", "'s chargé d'affaires in Kyiv, ", or the title set
 * right before the name with no comma ("Chilean foreign ministry spokeswoman Ana Rojas").
 */
const VOICE_BEFORE_NAME =
  /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:[Ss]pokes(?:person|man|woman)|ambassador|envoy|charg[ée]\s+d['’]affaires|permanent\s+representative|representative)(?:\s+(?:to|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s*){1,4})?(?:\s*,\s*|\s+)$/u;

/**
 * The same title in apposition after the name, its state by demonym or owner: ", the Russian
 * foreign ministry spokeswoman,", ", Moscow's ambassador to the UN,", ", the Chilean envoy,". Only
 * words of a state's organ may stand before the title ("the Russian opposition's spokesman" and
 * "the Polish party spokesman" speak for no state).
 */
const VOICE_AFTER_NAME =
  /^(?:['’]s?)?\s+(?:(?:foreign|defen[cs]e|interior|justice|trade|ministry|government|presidential|state|embassy|chief|deputy|senior|top|official)\s+){0,3}(?:[Ss]pokes(?:person|man|woman)|ambassador|envoy|charg[ée]\s+d['’]affaires|permanent\s+representative)(?:\s+(?:to|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s*){1,4})?\s*,/u;

/** ", the " or ", " between a name and the state of its title in apposition. */
const APPOSITION_OPENING = /^\s*,\s+(?:the\s+)?$/;

/** The state of a title set in apposition after a person's name, if the words are one. */
function stateAfterName(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  const owner = parties.find((a) => a.start >= holder.end && a.start - holder.end < 8);
  if (owner?.label !== "Country" || owner.country === undefined) return undefined;
  const opening = text.slice(holder.end - start, owner.start - start);
  return APPOSITION_OPENING.test(opening) &&
    VOICE_AFTER_NAME.test(text.slice(owner.end - start, owner.end - start + 120))
    ? owner
    : undefined;
}

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
  const after = text.includes(",") ? stateAfterName(text, start, holder, parties) : undefined;
  if (after !== undefined) return asState(holder, after.country);
  const owner = parties
    .filter((a) => a.end <= holder.start && holder.start - a.end < 80 && a.country !== undefined)
    .at(-1);
  if (owner === undefined || !speaksFor(owner)) return undefined;
  if (!VOICE_BEFORE_NAME.test(text.slice(owner.end - start, holder.start - start)))
    return undefined;
  return asState(holder, owner.country);
}

/** The holder as the state it speaks for. */
function asState(holder: Actor, country: string | undefined): Actor {
  const state = `country:${country ?? ""}`;
  return { ...holder, key: state, label: "Country", country, via: "country" };
}
