/**
 * "told his counterpart the duties were 'protectionism in disguise'", "warned Baku that it was
 * playing with fire": a verb of telling names the one told before what is said. The words the
 * speech frame caught are split into that addressee and the subject of the verdict.
 */
interface ToldSplit {
  /** Characters of the caught words that belong to the addressee (0 when none). */
  readonly addresseeLength: number;
  /** The verdict's subject: the caught words after the addressee. */
  readonly subject: string;
}

const TELLING = /^(?:told|tells|warned)\b/i;
/** "told reporters that…": "that" ends the addressee. */
const THAT = /^(.+?)\s+that\s+(?=\S)/i;
/** "told his counterpart the duties were…": a new noun phrase's determiner ends the addressee. */
const NEXT_PHRASE =
  /^(\S+(?:\s+\S+){0,3}?)\s+(?=(?:the|a|an|its|their|his|her|this|these|those|such|any)\s)/i;

/** Splits the words caught after a verb of telling; other verbs keep their words whole. */
export function splitTold(verb: string, words: string): ToldSplit {
  if (!TELLING.test(verb)) return { addresseeLength: 0, subject: words };
  const m = THAT.exec(words) ?? (/^warned/i.test(verb) ? null : NEXT_PHRASE.exec(words));
  if (m === null) return { addresseeLength: 0, subject: words };
  return { addresseeLength: m[0].length, subject: words.slice(m[0].length) };
}

/** "warned Baku that it was…": the verdict's subject is the one told. */
export const TOLD_OF_ITSELF = /^(?:it|they)$/i;
