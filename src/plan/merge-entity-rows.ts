import type { Row } from "./write-plan.ts";

/** Lists that the node statements unite with the stored ones rather than replace. */
const UNITED_LISTS = new Set(["aliases", "keywords"]);

/** Fields of an (article, entity) row that name the article rather than describe the entity. */
const PER_ARTICLE = new Set(["article", "newArticle"]);

/**
 * Folds the rows of one node statement that share a key (articles of one batch that mention the
 * same entity) into one row whose `articles` lists them, so that a popular entity is merged and
 * its alias list rewritten once per batch rather than once per article. Articles the plan creates
 * go to `newArticles` instead: they have no mentions yet, so theirs are created without a check.
 * Expects rows sorted by key, then article. Lists such as aliases are united; for other
 * properties the later article's value wins unless it is null, as writing the rows one by one
 * with `coalesce` would leave it.
 */
export function mergeEntityRows(rows: readonly Row[]): Row[] {
  // Each merged row is built here and folded into in place, its united lists kept as sets until
  // the next key starts: copying the row and its lists for every article that mentions its
  // entity again cost time quadratic in the entity's mentions per batch.
  const merged: Record<string, unknown>[] = [];
  let articles: unknown[] = [];
  let newArticles: unknown[] = [];
  let united = new Map<string, Set<unknown>>();
  const settle = (row: Record<string, unknown> | undefined) => {
    if (row !== undefined) for (const [name, values] of united) row[name] = [...values];
    united = new Map();
  };
  for (const row of rows) {
    const last = merged.at(-1);
    if (last === undefined || last["key"] !== row["key"]) {
      settle(last);
      articles = [];
      newArticles = [];
      merged.push(withArticles(row, articles, newArticles));
    } else foldInto(last, row, united);
    (row["newArticle"] === true ? newArticles : articles).push(row["article"]);
  }
  settle(merged.at(-1));
  return merged;
}

/** The row's entity fields, in their order, then the lists of articles that mention it. */
function withArticles(
  row: Row,
  articles: unknown[],
  newArticles: unknown[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const name in row) if (!PER_ARTICLE.has(name)) merged[name] = row[name];
  merged["articles"] = articles;
  merged["newArticles"] = newArticles;
  return merged;
}

/** Folds a later row of the same key into the merged one, uniting lists in `united`. */
function foldInto(
  merged: Record<string, unknown>,
  row: Row,
  united: Map<string, Set<unknown>>,
): void {
  for (const name in row) {
    if (PER_ARTICLE.has(name)) continue;
    const value = row[name];
    if (UNITED_LISTS.has(name)) {
      const values = united.get(name) ?? new Set(listOf(merged[name]));
      for (const item of listOf(value)) values.add(item);
      united.set(name, values);
    } else if (value !== null && value !== undefined) merged[name] = value;
  }
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}
