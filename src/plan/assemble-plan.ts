import { compareText } from "./compare-text.ts";
import { mergeFactRows } from "./merge-fact-rows.ts";
import { STATEMENT_TARGETS, WRITE_STATEMENTS } from "./statement-names.ts";
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
    if (group === undefined) return [];
    const sorted = group.sort(compareRows);
    return [{ statement, rows: FACT_STATEMENTS.has(statement) ? mergeFactRows(sorted) : sorted }];
  });
}

/** Statements that write relationships with source lists: one row per fact and batch. */
const FACT_STATEMENTS = new Set(
  [...STATEMENT_TARGETS]
    .filter(([, target]) => target.label === undefined && target.type !== undefined)
    .map(([name]) => name),
);

function compareRows(a: Row, b: Row): number {
  return compareText(sortKey(a), sortKey(b));
}

function sortKey(row: Row): string {
  const key = typeof row["key"] === "string" ? row["key"] : "";
  const article = typeof row["article"] === "string" ? row["article"] : "";
  return `${key}\u0000${article}`;
}
