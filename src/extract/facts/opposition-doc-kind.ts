import type { OppositionMemory } from "./opposition-memory.ts";

/**
 * Words for a law, which a story may call by several of them ("the deforestation regulation… the
 * rules… the law"). Agreements are left alone: "the deal" after "the treaty" may be another deal,
 * and is told as one by its own word.
 */
const LAW_WORDS = /^(?:law|bill|regulation|rules|directive|decree)$/i;

/**
 * "The EU's deforestation regulation… Ouattara criticised the rules": a law called only by a word
 * for a law is the latest law told before, by the words it was named with.
 */
export function sameKindDoc(head: string, memory: OppositionMemory): string | undefined {
  if (!LAW_WORDS.test(head)) return undefined;
  const named = memory.docs.find((d) => LAW_WORDS.test(d.head));
  if (named !== undefined) return named.phrase;
  const bare = memory.bareDoc;
  return bare !== undefined && bare !== head.toLowerCase() && LAW_WORDS.test(bare)
    ? bare
    : undefined;
}
