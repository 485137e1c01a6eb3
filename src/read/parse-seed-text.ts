import { buildArticle } from "./build-article.ts";
import { parseHashtagLine } from "./parse-hashtags.ts";
import { looksLikeTimestamp, parseTimestamp } from "./parse-timestamp.ts";
import { failure, type ReadOutcome } from "./read-outcome.ts";
import { localOffset } from "./record-schema.ts";
import { nonEmptyLines } from "./normalise-text.ts";

/**
 * The seed format, bottom up: the last non-empty line is the publication time (UTC), the one
 * before it the hashtags when it holds only hashtags, everything above the body, one paragraph a
 * line, with an optional dateline ("Beijing.- ") that `buildArticle` strips.
 */
export function parseSeedText(text: string, path: string): ReadOutcome {
  const lines = nonEmptyLines(text);
  const last = lines.pop();
  if (last === undefined) return failure(path, "empty file");
  if (!looksLikeTimestamp(last)) {
    return failure(
      path,
      `no publication time: the last line should be YYYY-MM-DD HH:MM:SS, found "${preview(last)}"`,
    );
  }
  const time = parseTimestamp(last);
  if (!time.ok) return failure(path, `publishedAt: ${time.reason}`);
  const hashtags = parseHashtagLine(lines.at(-1));
  if (hashtags) lines.pop();
  return buildArticle({
    path,
    source: path,
    body: lines.join("\n"),
    publishedAt: time.iso,
    utcOffsetMinutes: localOffset(time.offsetMinutes),
    hashtags: hashtags ?? [],
  });
}

function preview(line: string): string {
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
