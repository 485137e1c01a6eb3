import { buildArticle } from "./build-article.ts";
import { describeZodError } from "./describe-zod-error.ts";
import { failure, type ReadOutcome } from "./read-outcome.ts";
import { ArticleRecordSchema } from "./record-schema.ts";

/** Where one JSON record sits: reported as `source`, keyed with `keySuffix` when it has no URL. */
interface RecordPlace {
  path: string;
  source: string;
  keySuffix?: string;
}

/** A `.json` file: one article object, or an array of them (`path#1`, `path#2`, …). */
export function parseJsonDocument(text: string, path: string): ReadOutcome[] {
  const value = parseJson(text);
  if (!value.ok) return [failure(path, value.reason)];
  if (!Array.isArray(value.data)) return [parseRecord(value.data, { path, source: path })];
  if (value.data.length === 0) return [failure(path, "no records: the array is empty")];
  return value.data.map((record: unknown, i) => {
    const place = `#${i + 1}`;
    return parseRecord(record, { path, source: path + place, keySuffix: place });
  });
}

/** One line of a JSON Lines file (`path:<line>`); blank lines are no record at all. */
export function parseJsonLine(
  line: string,
  path: string,
  lineNumber: number,
): ReadOutcome | undefined {
  if (line.trim() === "") return undefined;
  const source = `${path}:${lineNumber}`;
  const value = parseJson(line);
  if (!value.ok) return failure(source, value.reason);
  return parseRecord(value.data, { path, source, keySuffix: `#${lineNumber}` });
}

/** Pure counterpart of the streaming reader, for tests and benchmarks. */
export function parseJsonLines(text: string, path: string): ReadOutcome[] {
  const outcomes = text.split("\n").map((line, i) => parseJsonLine(line, path, i + 1));
  const records = outcomes.filter((outcome) => outcome !== undefined);
  return records.length > 0 ? records : [failure(path, "empty file")];
}

function parseRecord(data: unknown, place: RecordPlace): ReadOutcome {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return failure(place.source, `expected an article object, got ${describeJsonValue(data)}`);
  }
  const record = ArticleRecordSchema.safeParse(data);
  if (!record.success) return failure(place.source, describeZodError(record.error, data));
  if (record.data.body === undefined)
    return failure(place.source, 'body: missing (give it as "body" or "text")');
  return buildArticle({ ...record.data, ...place, body: record.data.body });
}

function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "a list" : typeof value;
}

function parseJson(text: string): { ok: true; data: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      reason: `malformed JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
