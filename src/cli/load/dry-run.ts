import type { ExtractedInput } from "../../load/load-context.ts";
import type { GraphDocument } from "../../model/graph-document.ts";
import { findDocumentProblems } from "../../plan/document-problems.ts";
import { planArticles } from "../../plan/plan-articles.ts";
import { WRITE_STATEMENTS } from "../../plan/statement-names.ts";
import type { WritePlan } from "../../plan/write-plan.ts";

export interface DryRunOptions {
  readonly batchSize: number;
  /** Print every batch's full plan as a JSON line, not only the row counts. */
  readonly full: boolean;
}

/**
 * `load --dry-run`: reads, extracts and plans like a load, without a database. Prints each
 * batch's plan as JSON Lines (with --json or --verbose) or the rows per statement; returns the
 * exit code.
 */
export async function dryRun(
  inputs: AsyncIterable<ExtractedInput>,
  options: DryRunOptions,
): Promise<number> {
  const rowsByStatement = new Map<string, number>();
  let planned = 0;
  let failed = 0;
  const flush = (documents: GraphDocument[]) => {
    const plan = planArticles(documents);
    if (options.full) print({ articles: documents.map((d) => d.article.key), plan });
    countRows(plan, rowsByStatement);
    planned += documents.length;
  };
  let batch: GraphDocument[] = [];
  for await (const input of inputs) {
    const reason = input.ok ? findDocumentProblems(input.document)[0] : input.reason;
    if (reason !== undefined || !input.ok) {
      failed += 1;
      process.stderr.write(`newsgraph: ${input.path}: ${reason ?? "rejected"}\n`);
    } else if (batch.push(input.document) >= options.batchSize) {
      flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) flush(batch);
  if (!options.full) printCounts(rowsByStatement);
  process.stderr.write(
    `dry run: ${planned} articles planned, ${failed} failed; nothing was written\n`,
  );
  return failed > 0 ? 1 : 0;
}

function countRows(plan: WritePlan, counts: Map<string, number>): void {
  for (const { statement, rows } of plan)
    counts.set(statement, (counts.get(statement) ?? 0) + rows.length);
}

function printCounts(counts: ReadonlyMap<string, number>): void {
  for (const statement of WRITE_STATEMENTS) {
    const rows = counts.get(statement);
    if (rows !== undefined) process.stdout.write(`${statement.padEnd(36)} ${rows} rows\n`);
  }
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
