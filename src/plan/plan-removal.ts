import { compareText } from "./compare-text.ts";
import type { WritePlan } from "./write-plan.ts";

/**
 * The writes that take these articles out of the graph: their sources on every relationship,
 * relationships left without a source, their mentions, entities no article mentions any more,
 * and the article nodes themselves.
 */
export function planRemoval(articleKeys: readonly string[]): WritePlan {
  if (articleKeys.length === 0) return [];
  const articles = [...new Set(articleKeys)].sort(compareText);
  const rows = articles.map((article) => ({ article }));
  const keepNothing = articles.map((article) => ({ article, keep: [] }));
  return [
    { statement: "remove-sources", rows: keepNothing },
    { statement: "remove-mentions", rows: keepNothing },
    { statement: "remove-article", rows },
  ];
}
