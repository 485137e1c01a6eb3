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
  const merged: Row[] = [];
  for (const row of rows) {
    const { article, ...fields } = row;
    const last = merged.at(-1);
    if (last === undefined || last["key"] !== row["key"]) {
      merged.push({ ...fields, articles: [article] });
      continue;
    }
    const folded: Record<string, unknown> = {
      ...last,
      articles: [...listOf(last["articles"]), article],
    };
    for (const [name, value] of Object.entries(fields)) {
      if (UNITED_LISTS.has(name))
        folded[name] = [...new Set([...listOf(last[name]), ...listOf(value)])];
      else if (value !== null && value !== undefined) folded[name] = value;
    }
    merged[merged.length - 1] = folded;
  }
  return merged;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}
