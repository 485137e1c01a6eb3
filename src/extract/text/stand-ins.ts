/**
 * One-byte text for the rules. V8 keeps a string whose characters are all Latin-1 (U+0000–U+00FF)
 * one byte a character; one character beyond makes the whole article two-byte, and so every
 * sentence and word sliced from it. Each regular expression is then compiled once more for
 * two-byte subjects, and the two-byte matchers are slower (docs/bench.md, "Where the time goes").
 * In the bench corpus one article in ten holds "€" and nothing else beyond Latin-1; in the
 * development articles more than half hold a dash ("—", "–"), most of them nothing else.
 *
 * So the extractor reads each of these characters as a Latin-1 stand-in that no text or rule
 * otherwise uses, one character for one (every offset stays), and gives the character back in
 * every string it writes: "€" as "¤" (the generic currency sign, a `\p{Sc}` symbol like the
 * euro), "—" as "¦" and "–" as "¬" (symbols, neither letters, digits nor spaces, like the
 * dashes; no rule names a Unicode category of punctuation). The rules that name one of the
 * characters name its stand-in with it (`test/unit/extract/stand-ins.test.ts` checks), the
 * currency signs read "¤" as the euro, and a model's feature naming one of the characters
 * weighs the same with the stand-in (`linear-model.ts`). An article that already holds a
 * stand-in, or holds other characters beyond Latin-1 ("č", "’"), is read as written.
 */
export const STAND_INS: readonly (readonly [written: string, read: string])[] = [
  ["€", "¤"],
  ["—", "¦"],
  ["–", "¬"],
];

const WRITTEN = /[€—–]/;
const READ = /[¤¦¬]/;
const READ_ALL = /[¤¦¬]/g;
const WRITTEN_OF: Readonly<Record<string, string>> = Object.fromEntries(
  STAND_INS.map(([written, read]) => [read, written]),
);
/** A character a one-byte string cannot hold. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The article's text with each character read as its stand-in, as a one-byte string; undefined
 * when that gains nothing (none of the characters, or others beyond Latin-1 keep the text
 * two-byte) or a stand-in is already there.
 */
export function oneByteText(text: string): string | undefined {
  if (!WRITTEN.test(text) || READ.test(text)) return undefined;
  const read = asRead(text);
  if (BEYOND_LATIN1.test(read)) return undefined;
  // `replaceAll` on a two-byte string gives a two-byte string, whatever it holds; decoding
  // Latin-1 bytes gives a one-byte one.
  return Buffer.from(read, "latin1").toString("latin1");
}

/** A feature or any string as the rules would name it on the one-byte text. */
export function asRead(text: string): string {
  let read = text;
  for (const [written, standIn] of STAND_INS) read = read.replaceAll(written, standIn);
  return read;
}

/** `value` with each stand-in written back in every string it holds (plain objects and arrays). */
export function restoreStandIns<T>(value: T): T {
  return restore(value) as T;
}

function restore(value: unknown): unknown {
  if (typeof value === "string")
    return READ.test(value) ? value.replace(READ_ALL, (c) => WRITTEN_OF[c] ?? c) : value;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(restore);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[restore(key) as string] = restore(field);
  return out;
}
