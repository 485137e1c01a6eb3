/** One spelling for every line ending and every composed character, so hashes and offsets agree. */
export function normaliseText(text: string): string {
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
