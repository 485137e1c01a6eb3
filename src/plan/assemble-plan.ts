import { compareText } from "./compare-text.ts";
import { WRITE_STATEMENTS } from "./statement-names.ts";
import type { Row, WritePlan } from "./write-plan.ts";

/**
 * Groups rows by statement, in the fixed statement order, each group sorted by key and article.
 * Sorting makes the plan deterministic and makes concurrent transactions lock shared nodes in
 * the same order, which keeps deadlocks rare.
 */
export function assemblePlan(rows: readonly (readonly [string, Row])[]): WritePlan {
  const groups = new Map<string, Row[]>();
  for (const [statement, row] of rows) {
    const group = groups.get(statement) ?? [];
    group.push(row);
    groups.set(statement, group);
  }
  return WRITE_STATEMENTS.flatMap((statement) => {
    const group = groups.get(statement);
    return group === undefined ? [] : [{ statement, rows: group.sort(compareRows) }];
  });
}

function compareRows(a: Row, b: Row): number {
  return compareText(sortKey(a), sortKey(b));
}

function sortKey(row: Row): string {
  const key = typeof row["key"] === "string" ? row["key"] : "";
  const article = typeof row["article"] === "string" ? row["article"] : "";
  return `${key}\u0000${article}`;
}
