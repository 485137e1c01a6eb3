/**
 * What normaliseText may change: a return, a byte order mark, or a character from U+0300 up.
 * Below U+0300 every character is its own NFC form and none composes with the one before it
 * (combining marks begin at U+0300), so a text without these is returned as it is, uncopied:
 * nine in ten articles, each normalised three times on its way in.
 */
// A range from U+0300 up, not a combining mark joined to the character before it.
// eslint-disable-next-line no-misleading-character-class
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
  const normalised = normaliseText(text);
  // A body already one trimmed paragraph a line, as the seed parser hands it over, is returned
  // as it is: split, trimmed and joined again it would come out the same.
  if (isTrimmedLines(normalised)) return normalised;
  return nonEmptyLines(normalised).join("\n");
}

/**
 * Whether no line of `text` has space at either end and none is blank: what normaliseParagraphs
 * would change. Space is what `trim` removes, the characters `\s` matches; past ASCII the
 * pattern is asked.
 */
function isTrimmedLines(text: string): boolean {
  if (text === "") return true;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) return false;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    if (isSpace(text.charCodeAt(i - 1)) || isSpace(text.charCodeAt(i + 1))) return false;
  return true;
}

const SPACE = /\s/;

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

/** A title or a dateline is one line; any wrapping inside it is collapsed to single spaces. */
export function normaliseLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, " ").trim();
}

/** The text's lines, trimmed, blank ones dropped. */
export function nonEmptyLines(text: string): string[] {
  // A loop, not map and filter: V8's optimised builtins hand back arrays of another elements
  // kind than the unoptimised ones, and every optimised reader of them was thrown back to the
  // interpreter once the builtins warmed up (see extract/text/packed-map.ts).
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed !== "") lines.push(trimmed);
  }
  return lines;
}
