import type { Row } from "./write-plan.ts";

/** Lists that the node statements unite with the stored ones rather than replace. */
const UNITED_LISTS = new Set(["aliases", "keywords"]);

/**
 * Folds the rows of one node statement that share a key (articles of one batch that mention the
 * same entity) into one row whose `articles` lists them, so that a popular entity is merged and
 * its alias list rewritten once per batch rather than once per article. Expects rows sorted by
 * key, then article. Lists such as aliases are united; for other properties the later article's
 * value wins unless it is null, as writing the rows one by one with `coalesce` would leave it.
 */
export function mergeEntityRows(rows: readonly Row[]): Row[] {
  // Each merged row is built here and folded into in place, its united lists kept as sets until
  // the next key starts: copying the row and its lists for every article that mentions its
  // entity again cost time quadratic in the entity's mentions per batch.
  const merged: Record<string, unknown>[] = [];
  let articles: unknown[] = [];
  let united = new Map<string, Set<unknown>>();
  const settle = (row: Record<string, unknown> | undefined) => {
    if (row !== undefined) for (const [name, values] of united) row[name] = [...values];
    united = new Map();
  };
  for (const row of rows) {
    const article = row["article"];
    const last = merged.at(-1);
    if (last === undefined || last["key"] !== row["key"]) {
      settle(last);
      articles = [article];
      merged.push(withArticles(row, articles));
      continue;
    }
    articles.push(article);
    for (const name in row) {
      if (name === "article") continue;
      const value = row[name];
      if (UNITED_LISTS.has(name)) {
        const values = united.get(name) ?? new Set(listOf(last[name]));
        for (const item of listOf(value)) values.add(item);
        united.set(name, values);
      } else if (value !== null && value !== undefined) last[name] = value;
    }
  }
  settle(merged.at(-1));
  return merged;
}

/** The row's fields but `article`, in their order, then `articles`. */
function withArticles(row: Row, articles: unknown[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const name in row) if (name !== "article") merged[name] = row[name];
  merged["articles"] = articles;
  return merged;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}
