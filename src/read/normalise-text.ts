/**
 * What normaliseText may change: a return, a byte order mark, or a character from U+0300 up.
 * Below U+0300 every character is its own NFC form and none composes with the one before it
 * (combining marks begin at U+0300), so a text without these is returned as it is, uncopied:
 * nine in ten articles, each normalised three times on its way in.
 */
const MAY_CHANGE = /[\r\u0300-\uffff]/;

/** One spelling for every line ending and every composed character, so hashes and offsets agree. */
export function normaliseText(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/**
 * Body paragraphs one per line: lines trimmed, blank lines dropped. Offsets in evidence refer to
 * this exact string, so every format ends up here.
 */
export function normaliseParagraphs(text: string): string {
  return normaliseText(text)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** A title or a dateline is one line; any wrapping inside it is collapsed to single spaces. */
export function normaliseLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, " ").trim();
}
