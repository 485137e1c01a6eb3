import { compareText } from "./compare-text.ts";
import { mergeEntityRows } from "./merge-entity-rows.ts";
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
    return [{ statement, rows: foldRows(statement, sortRows(group)) }];
  });
}

/** One row per fact and batch for relationship statements, one per entity and batch for nodes. */
function foldRows(statement: string, rows: Row[]): Row[] {
  const target = STATEMENT_TARGETS.get(statement);
  if (target?.type === undefined) return rows;
  return target.label === undefined ? mergeFactRows(rows) : mergeEntityRows(rows);
}

/** The rows sorted by sortKey, each row's key built once rather than at every comparison. */
function sortRows(rows: readonly Row[]): Row[] {
  return rows
    .map((row): [string, Row] => [sortKey(row), row])
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([, row]) => row);
}

function sortKey(row: Row): string {
  const key = typeof row["key"] === "string" ? row["key"] : "";
  const article = typeof row["article"] === "string" ? row["article"] : "";
  return `${key}\u0000${article}`;
}
