import { mayStartTitle } from "../gazetteer/title-index.ts";
import type { Actor } from "../resolve/actor.ts";

/**
 * A person named inside a noun in apposition is not met: "Otieno, an old friend of Mugisha, met
 * Mushi", "Otieno met Mushi, a close ally of Mugisha, on Monday", "met Mushi, the son of former
 * president Kato, in Arusha". The aside opens after a comma with "a", "an" or "the", a few
 * lowercase words and "of", "to" or "for" ("a former adviser to"), then only a name and its title
 * up to the next comma or the end: the person it names is the head's relation, not a party. Not
 * ", the Ministry of Foreign Affairs said A had received B" (a name, then a clause) nor ", the
 * latest round of talks she held with B" (a clause).
 */
const NOUN_ASIDE =
  /,\s+(?:a|an|the)\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,4}?(?:of|to|for)\s+([^,;]*?\p{Lu}[\p{L}'’.-]*)\s*(?:,|;|$)/gu;

/** Lowercase words that may stand in a name's title: "the late", "former", "then". */
const TITLE_WORDS: ReadonlySet<string> = new Set(["the", "former", "late", "then", "current"]);

const CAPITALISED = /^\p{Lu}/u;

/** Whether `words` are a name with its title only: capitalised words or words of a title. */
function isTitledName(words: string): boolean {
  return words
    .split(/\s+/)
    .every((w) => CAPITALISED.test(w) || TITLE_WORDS.has(w) || mayStartTitle(w));
}

/** A cheap gate: the words the aside needs. */
const HINT = /,\s+(?:a|an|the)\s/;

/** The people of `people` not named inside a noun in apposition in `text` (body offset `start`). */
export function outsideNounAsides(text: string, start: number, people: Actor[]): Actor[] {
  // With two people, taking one away leaves no meeting either way.
  if (people.length < 3 || !HINT.test(text)) return people;
  const spans: (readonly [number, number])[] = [];
  for (const m of text.matchAll(NOUN_ASIDE))
    if (isTitledName(m[1] ?? "")) spans.push([start + m.index + 1, start + m.index + m[0].length]);
  if (spans.length === 0) return people;
  return people.filter((a) => !spans.some(([from, to]) => a.start >= from && a.end <= to));
}
