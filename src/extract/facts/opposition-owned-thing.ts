import { lookupCountryForm } from "../gazetteer/countries.ts";
import type { Actor } from "../resolve/actor.ts";
import { MEMBERS_AFTER } from "./opposition-owner.ts";

/**
 * Things a party puts forward, named by nothing but their kind: "the Indian project", "Guyana's
 * proposal", "the Russian offer". With no topic told after the noun, opposing one is opposing
 * the party whose it is ("Chile rejected the Bolivian tariff" names a measure, and keeps it;
 * "the Bolivian proposal to share the lake" tells what, and keeps it too).
 */
const PUT_FORWARD = String.raw`projects?|plans?|proposals?|offers?|initiatives?|schemes?|bids?`;

/**
 * What a party holds over others: "the court's jurisdiction", "the junta's authority". Denying it
 * is opposing the party that claims it, person or body.
 */
const HELD = String.raw`jurisdiction|authority|legitimacy|competence|mandate`;

/** Cheap test: the phrase ends with one of the nouns. */
const HINT = new RegExp(String.raw`\b(?:${PUT_FORWARD}|${HELD})$`, "i");

/**
 * Words that say which one or how it is seen, not what it is about: "the latest Ethiopian
 * proposal", "Guyana's revised offer". ("The Brazilian dam project", "Somalia's membership bid":
 * a word that tells what the thing is about keeps it a thing of its own.)
 */
const NO_TOPIC =
  "new|latest|revised|renewed|fresh|recent|proposed|planned|so-called|controversial|unilateral|own";

/** After the owner: "'s" or nothing, maybe a word of NO_TOPIC, then the noun. */
const OWNED = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?:${NO_TOPIC})\s+)?(?:(${HELD})|${PUT_FORWARD})$`,
  "i",
);

/**
 * "condemned the Indian project", "rejected Guyana's offer", "rejected the court's jurisdiction":
 * the party that owns a thing named only by its kind, standing first in the object phrase.
 * `phrase` is the object as read (without its determiners), starting at `phraseStart`.
 */
export function ownedThing(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  if (!HINT.test(phrase)) return undefined;
  // "the court's": a body referred to by its kind starts at the article left out of the phrase.
  const owner = actors.find(
    (a) => a.start <= phraseStart && a.end > phraseStart && (!a.place || a.possessive),
  );
  if (owner === undefined) return undefined;
  const m = OWNED.exec(text.slice(owner.end - start, phraseStart - start + phrase.length));
  if (m === null) return undefined;
  // "Rutte's plan" is a thing of its own; a person's authority is the person's.
  return owner.label === "Person" && m[1] === undefined ? undefined : owner;
}

/**
 * "calls from some UN agencies to…", "the offer from Berlin": the noun, "from", maybe a word of
 * quantity, then the party that made it.
 */
const ASKED_FROM =
  /^(?:(?:repeated|renewed|fresh|new|latest|recent)\s+)?(?:calls|demands?|requests?|appeals?|offers?|proposals?|plans?)\s+from\s+(?:(?:the|some|several|other|two|three)\s+)?/i;

/**
 * "rejected calls from Washington to cut tariffs", "dismissed the offer from Berlin": what a party
 * asks for or offers, told with the party after "from", is opposed as that party's (what it asks
 * for may be told after it; the one who asks is what the stance is against).
 */
export function askedFrom(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  const m = ASKED_FROM.exec(phrase);
  if (m === null) return undefined;
  const at = phraseStart + m[0].length;
  const party = actors.find(
    (a) => a.start === at && !a.possessive && (!a.place || a.label === "Country"),
  );
  // "calls from Bolivian farmers": a demonym stands for its state only heading its members.
  if (party?.label === "Country" && isDemonym(text.slice(party.start - start, party.end - start)))
    return MEMBERS_AFTER.test(text.slice(party.end - start)) ? party : undefined;
  return party;
}

/** Whether a country's name as written is its demonym ("Bolivian"). */
function isDemonym(written: string): boolean {
  return lookupCountryForm(written)?.kind === "demonym";
}
