import { GIVEN_NAMES } from "../learn/person-names.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { packedMap } from "../text/packed-map.ts";
import type { Token } from "../text/tokenize.ts";
import { type Mention, nameMention } from "./mention.ts";

/** Place keywords that are also common surnames: "Carnegie Hall" but "Ana Paola Hall". */
const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set(["Hall"]);

/** Words right before a building's name that no person's name follows: "at Carnegie Hall". */
const BEFORE_PLACE: ReadonlySet<string> = new Set(["the", "at", "in", "into", "from", "outside"]);

/**
 * "Ana Paola Hall", "Stuart Hall": a run ending in a place keyword that is also a surname is a
 * person's name when it opens with a given name and no article or preposition of place stands
 * before it ("the Albert Hall", "at Albert Hall" stay places).
 */
export function surnamedPerson(tokens: readonly Token[], from: number, to: number): boolean {
  return (
    to - from > 1 &&
    SURNAME_PLACE_WORDS.has(tokens[to - 1]?.text ?? "") &&
    GIVEN_NAMES.has(tokens[from]?.lower ?? "") &&
    !BEFORE_PLACE.has(tokens[from - 1]?.lower ?? "")
  );
}

/**
 * "…its president, Ana Paola Hall… Hall met Ramdin": a lone surname that is also a place keyword
 * is the person the article named in full with it, where it stands as a name would (not after
 * "the" or a preposition of place).
 */
export function surnamePlaces(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  const surnames = new Set<string>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== "name" || m.words.length < 2) continue;
      const last = m.words.at(-1) ?? "";
      if (SURNAME_PLACE_WORDS.has(last)) surnames.add(last);
    }
  if (surnames.size === 0) return sentences;
  return packedMap(sentences, (s) => {
    let mentions: Mention[] | undefined;
    for (let k = 0; k < s.mentions.length; k++) {
      const m = s.mentions[k]!;
      if (m.kind !== "place" || m.to !== m.from + 1 || !surnames.has(m.text)) continue;
      if (BEFORE_PLACE.has(s.tokens[m.from - 1]?.lower ?? "")) continue;
      mentions ??= s.mentions.slice();
      mentions[k] = nameMention([m.text], false, m);
    }
    return mentions === undefined ? s : { sentence: s.sentence, tokens: s.tokens, mentions };
  });
}
