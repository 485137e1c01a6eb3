/**
 * The given names the person-name model reads ("given.first", src/extract/learn/person-features.ts),
 * from the first-name lists of every locale of @faker-js/faker: a kept package, not the names our
 * own articles happen to hold. A devDependency only: run time reads the JSON this writes.
 */
import { allLocales } from "@faker-js/faker";
import faker from "@faker-js/faker/package.json" with { type: "json" };
import { slugify } from "../../src/extract/text/slug.ts";
import { mayStartLowerTitle } from "../../src/extract/gazetteer/title-index.ts";
import { PERSON_NOUNS } from "../../src/extract/gazetteer/titles.ts";
import {
  DATE_WORDS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  ORG_KEYWORDS,
  PLACE_KEYWORDS,
  THING_KEYWORDS,
} from "../../src/extract/gazetteer/words.ts";

/** The committed list, with the package it was read from so that it can be rebuilt. */
export interface GivenNames {
  readonly source: string;
  readonly givenNames: readonly string[];
}

/** Every letter Latin, accents allowed: "Abigél", "Berfîn"; not "Агата" nor "آبتین". */
const LATIN_ONLY = /^(?:[^\p{L}]|\p{Script=Latin})+$/u;

/**
 * Words our own lists give another use, left out: a name opening with one is no sign of a
 * person. The lists held "el" and "al" (particles: "El Fasher fell to the RSF" was a person at
 * 0.78), "may", "june", "the" (Vietnamese "Thế"), "general", "river".
 */
const OTHER_USES: ReadonlySet<string> = new Set(
  [
    FUNCTION_WORDS,
    NAME_PARTICLES,
    DATE_WORDS,
    ORG_KEYWORDS,
    PLACE_KEYWORDS,
    THING_KEYWORDS,
    PERSON_NOUNS,
  ].flatMap((words) => [...words].map((w) => slugify(w))),
);

function hasOtherUse(word: string): boolean {
  return OTHER_USES.has(word) || mayStartLowerTitle(word);
}

/** A locale's first names: one list, or lists by sex ("generic", "female", "male"). */
function firstNamesOf(entry: unknown): string[] {
  if (Array.isArray(entry)) return entry.filter((n): n is string => typeof n === "string");
  if (typeof entry !== "object" || entry === null) return [];
  return Object.values(entry).flatMap(firstNamesOf);
}

/**
 * The slugged first word of every Latin-script first name of every locale, as the gold's keys
 * are slugged ("José María" → "jose"), de-duplicated and sorted; one letter is no given name,
 * nor a word with another use (OTHER_USES).
 */
export function readGivenNames(): GivenNames {
  const out = new Set<string>();
  for (const locale of Object.values(allLocales))
    for (const name of firstNamesOf(locale.person?.first_name)) {
      if (!LATIN_ONLY.test(name)) continue;
      const first = slugify(name).split("-")[0] ?? "";
      if (first.length > 1 && !hasOtherUse(first)) out.add(first);
    }
  return {
    source: `${faker.name} ${faker.version}: person.first_name of every locale, Latin script`,
    givenNames: [...out].sort(),
  };
}
