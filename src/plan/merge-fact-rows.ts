import type { Row } from "./write-plan.ts";

const SOURCE_LISTS = ["sources", "sentences", "starts", "ends", "confidences"] as const;

/**
 * Folds the rows of one relationship statement that share a key (articles of one batch that
 * support the same fact) into one row listing all those articles, so that a popular fact's
 * source lists are rewritten once per batch rather than once per article. Expects rows sorted
 * by key, then article; properties of the later article win, as they would row by row.
 */
export function mergeFactRows(rows: readonly Row[]): Row[] {
  const merged: Row[] = [];
  for (const row of rows) {
    const last = merged.at(-1);
    if (last !== undefined && last["key"] === row["key"])
      merged[merged.length - 1] = fold(last, row);
    else merged.push(fold(undefined, row));
  }
  return merged;
}

function fold(into: Row | undefined, row: Row): Row {
  const { article, ...rest } = row;
  if (into === undefined) return { ...rest, articles: [article] };
  const lists = SOURCE_LISTS.map((name): [string, unknown[]] => [
    name,
    [...listOf(into[name]), ...listOf(row[name])],
  ]);
  return {
    ...into,
    properties: { ...recordOf(into["properties"]), ...recordOf(row["properties"]) },
    articles: [...listOf(into["articles"]), article],
    ...Object.fromEntries(lists),
  };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
