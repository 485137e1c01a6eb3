import { NAME_PARTICLES } from "../gazetteer/words.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";
import { sentenceIndexOf, type Candidate } from "./resolve-people.ts";
import { cannotBePerson } from "./person-vetoes.ts";

/** Prepositions that open a place: a name after them is where, not who. */
const PLACE_PREPOSITION = /^(?:in|on|at|near|into|across|outside|inside|from|to|via)$/i;

/** A word shaped like a given name or surname: "Kowalchuk", "Espérance", "al-Assad". */
const NAME_WORD = /^(?:(?:al|el|ad|as|ash|ar|an|at)-)?\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?$/u;

/**
 * "Dale Kowalchuk was trying… Back outside Humboldt, Kowalchuk has made his decision": a full name
 * of plain name-shaped words that the article later calls by its last word alone is a person, as
 * news brings people in by full name and goes on by surname.
 */
export function cueEchoedSurnames(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  const lone = new Set<string>();
  for (const c of candidates) {
    if (c.name.words.length !== 1) continue;
    const tokens = sentences[sentenceIndexOf(c)]?.tokens ?? [];
    if (!PLACE_PREPOSITION.test(tokens[c.name.from - 1]?.text ?? ""))
      lone.add(c.name.words[0] ?? "");
  }
  if (lone.size === 0) return [...candidates];
  return candidates.map((c) => {
    if (c.cue !== undefined || c.name.words.length < 2 || c.name.words.length > 4) return c;
    const last = c.name.words.at(-1) ?? "";
    if (!lone.has(last) || c.name.honorific) return c;
    if (!c.name.words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w))) return c;
    const tokens = sentences[sentenceIndexOf(c)]?.tokens ?? [];
    if (PLACE_PREPOSITION.test(tokens[c.name.from - 1]?.text ?? "")) return c;
    if (cannotBePerson(tokens, c.name)) return c;
    return { ...c, cue: { title: undefined, country: undefined } };
  });
}
