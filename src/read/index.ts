/**
 * The reader stage: article files in, validated `Article`s (or per-record failures) out. With the
 * loader, the only stage that does I/O.
 *
 * - Body: paragraphs one per line, trimmed, NFC, "\n" line ends. A dateline ("Beijing.- ",
 *   "BEIJING - ", "Beijing, May 1 (Agency) - ") is moved to `dateline`, so evidence offsets
 *   count from the first word after it.
 * - Title: the record's own; else a Markdown leading `# heading`; else the hashtags as words;
 *   else the first sentence, cut at a word boundary near 100 characters.
 * - Key: `article:<url>`, else `article:<path relative to root>` (+ `#<n>` for a JSON array's
 *   n-th record, `#<line>` for a JSON Lines record). Source: the path (`#<n>`, `:<line>`).
 * - publishedAt: the UTC instant; utcOffsetMinutes: the stated zone's offset, when not UTC, so
 *   extraction counts "on Thursday" from the local day of publication.
 * - contentHash: sha256 over title, publishedAt, dateline, hashtags, url, outlet and body (and
 *   the offset, when there is one).
 * - Size limit (maxBytes, 5 MiB): per file, checked by stat before reading; per line in JSON Lines.
 */
export { readArticles } from "./read-articles.ts";
export { parseArticleText } from "./parse-article-text.ts";
export { countInputFiles } from "./walk-inputs.ts";
export { contentHash } from "./content-hash.ts";
export { DEFAULT_MAX_BYTES, type ReadOptions, type ReadOutcome } from "./read-outcome.ts";
