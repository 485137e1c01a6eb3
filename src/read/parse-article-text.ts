import { formatOf, unsupportedReason } from "./input-formats.ts";
import { normaliseText } from "./normalise-text.ts";
import { parseJsonDocument, parseJsonLines } from "./parse-json-records.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { parseSeedText } from "./parse-seed-text.ts";
import { failure, type ReadOutcome } from "./read-outcome.ts";
import { toRelativePath } from "./relative-path.ts";

/**
 * Parses one file's decoded text into its articles, the format chosen by the extension. Pure: the
 * path only names the article (key, source), nothing is read from it.
 */
export function parseArticleText(
  text: string,
  source: { path: string; root?: string },
): ReadOutcome[] {
  const path = toRelativePath(source.path, source.root);
  const normalised = normaliseText(text);
  if (normalised.trim() === "") return [failure(path, "empty file")];
  switch (formatOf(path)) {
    case "seed":
      return [parseSeedText(normalised, path)];
    case "markdown":
      return [parseMarkdown(normalised, path)];
    case "json":
      return parseJsonDocument(normalised, path);
    case "jsonl":
      return parseJsonLines(normalised, path);
    case undefined:
      return [failure(path, unsupportedReason(path))];
  }
}
