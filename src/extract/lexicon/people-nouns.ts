import lexicon from "./people-nouns.json" with { type: "json" };

/**
 * Nouns of people or of a body of people ("minister", "lawmaker", "delegation"), lowercase and
 * singular, built from WordNet by scripts/lexicon/people-nouns.ts.
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(lexicon.nouns);

/** "ministers" → "minister", "chairmen" → "chairman", "deputies" → "deputy". */
function singulars(word: string): string[] {
  const out = [word];
  if (word.endsWith("men")) out.push(`${word.slice(0, -3)}man`);
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s")) out.push(word.slice(0, -1));
  return out;
}

/** Whether a word, singular or plural, names people: "ministers", "a delegation", "chairmen". */
export function isPeopleNoun(word: string): boolean {
  return word === "people" || singulars(word.toLowerCase()).some((w) => PEOPLE_NOUNS.has(w));
}
