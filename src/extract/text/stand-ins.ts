/**
 * One-byte text for the rules. V8 keeps a string whose characters are all Latin-1 (U+0000–U+00FF)
 * one byte a character; one character beyond makes the whole article two-byte, and so every
 * sentence and word sliced from it. Each regular expression is compiled once for one-byte and
 * once more for two-byte subjects, and the two-byte matchers are slower: in the bench corpus,
 * where one article in ten holds "€" and nothing else beyond Latin-1, that cost 4–13% of a cold
 * run's CPU (docs/bench.md, "Where the time goes").
 *
 * So the extractor reads "€" as "¤" (U+00A4, the generic currency sign: a `\p{Sc}` symbol like
 * "€", one character for one, so every offset stays) and gives back "€" in every string it
 * writes. The patterns that name "€" name "¤" with it, the currency signs read "¤" as the euro,
 * and a model's feature naming "€" weighs the same with "¤" (`linear-model.ts`). An article that
 * already holds "¤" is read as written.
 */
export const EURO = "€";
export const EURO_STAND_IN = "¤";

/** A character a one-byte string cannot hold. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The article's text with "€" read as "¤", as a one-byte string; undefined when that gains
 * nothing: no "€", or other characters beyond Latin-1 ("č", "—") keep the text two-byte, or "¤"
 * is already there.
 */
export function oneByteText(text: string): string | undefined {
  if (!text.includes(EURO) || text.includes(EURO_STAND_IN)) return undefined;
  const read = text.replaceAll(EURO, EURO_STAND_IN);
  if (BEYOND_LATIN1.test(read)) return undefined;
  // `replaceAll` on a two-byte string gives a two-byte string, whatever it holds; decoding
  // Latin-1 bytes gives a one-byte one.
  return Buffer.from(read, "latin1").toString("latin1");
}

/** `value` with "¤" written back as "€" in every string it holds (plain objects and arrays). */
export function restoreStandIns<T>(value: T): T {
  return restore(value) as T;
}

function restore(value: unknown): unknown {
  if (typeof value === "string")
    return value.includes(EURO_STAND_IN) ? value.replaceAll(EURO_STAND_IN, EURO) : value;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(restore);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[restore(key) as string] = restore(field);
  return out;
}
