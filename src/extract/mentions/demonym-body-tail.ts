import { lookupCountryForm } from "../gazetteer/countries.ts";
import { mayStartLowerTitle } from "../gazetteer/title-index.ts";
import { DATE_WORDS, FUNCTION_WORDS } from "../gazetteer/words.ts";
import type { Token } from "../text/tokenize.ts";

/** "Employers", "Transporters", "Students": the plural a body of people is named by. */
const PLURAL = /^[A-Z][a-z]+[^s]s$/;

/**
 * "the Union of Chadian Road Transporters", "the Federation of Kenyan Employers": a demonym is an
 * adjective, so after a body's "of" it is followed by the noun it qualifies, and the capitalised
 * words that follow it belong to the body's name. Gives the end of those words (`at` itself when
 * none follow). A title with a name after it ("… Employers Chairman Jo Ndung'u") ends the name,
 * and so does the plural the demonym qualifies: what follows it is a person's name ("the Union of
 * Chadian Road Transporters Ahmat Idriss said…").
 */
export function demonymBodyTail(tokens: readonly Token[], at: number): number {
  let to = at;
  for (;;) {
    const t = tokens[to];
    if (t === undefined || t.punct || !t.capitalized) return to;
    const lower = t.lower;
    if (FUNCTION_WORDS.has(lower) || DATE_WORDS.has(lower)) return to;
    if (lookupCountryForm(t.text) !== undefined) return to;
    if (mayStartLowerTitle(lower) && tokens[to + 1]?.capitalized === true) return to;
    to++;
    if (t.possessive || PLURAL.test(t.text)) return to;
  }
}
