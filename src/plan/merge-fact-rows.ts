import type { Row } from "./write-plan.ts";

/**
 * Folds the rows of one relationship statement that share a key (articles of one batch that
 * state the same fact) into one row, so that a popular fact is merged once per batch rather than
 * once per article. Expects rows sorted by key, then article; properties of the later article
 * win, as they would row by row.
 */
export function mergeFactRows(rows: readonly Row[]): Row[] {
  const merged: Row[] = [];
  for (const row of rows) {
    const last = merged.at(-1);
    if (last !== undefined && last["key"] === row["key"]) {
      merged[merged.length - 1] = {
        ...last,
        properties: { ...recordOf(last["properties"]), ...recordOf(row["properties"]) },
      };
    } else merged.push(row);
  }
  return merged;
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
