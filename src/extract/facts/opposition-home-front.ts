import { lookupCountryForm } from "../gazetteer/countries.ts";
import type { OppositionMemory } from "./opposition-memory.ts";

/** "In Slovakia, ", "Inside Israel, ", "Back in Santo Domingo, ": a passage set in a place. */
const FRONTED_PLACE = /^(?:In|Inside|Back\s+in)\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,3}),/u;

/** "At home, the trip drew fire": a passage set in the home of the story's own people. */
const AT_HOME = /^(?:Back\s+)?[Aa]t\s+home,/;

/**
 * The state a passage tells of, when one of its last three sentences opens by placing it: "In
 * Slovakia, the opposition seized on the row. … accused the government" is Slovakia's
 * government; "At home" is the state the story's first sentence opens with, whatever its dateline
 * ("Rabat.- Spanish Foreign Minister Albares held talks… At home, … criticised the government").
 */
export function frontedHome(memory: OppositionMemory): string | undefined {
  const texts = memory.texts;
  for (let i = texts.length - 1; i >= 0 && i >= texts.length - 3; i--) {
    const text = texts[i]!;
    const place = FRONTED_PLACE.exec(text)?.[1]?.trim();
    // Running text, not a dateline: a capital the gazetteer leaves out ("Brussels") places nothing.
    const state = place === undefined ? undefined : lookupCountryForm(place)?.iso3;
    if (state !== undefined) return `country:${state}`;
    if (AT_HOME.test(text) && memory.firstState !== undefined)
      return `country:${memory.firstState}`;
  }
  return undefined;
}
