/** One parameter row of an `UNWIND $rows AS row …` statement; values only, never Cypher text. */
export type Row = Readonly<Record<string, unknown>>;

/** A named statement from `cypher/write/` and the rows it runs with. */
export interface PlannedStatement {
  readonly statement: string;
  readonly rows: readonly Row[];
}

/**
 * What loading some articles writes, as plain data: statements in the order they must run, each
 * once with all its rows. `--dry-run` prints it; the loader runs it in one transaction.
 */
export type WritePlan = readonly PlannedStatement[];
