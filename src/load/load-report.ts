/** An input that was not loaded, and why. */
export interface LoadFailure {
  readonly path: string;
  readonly reason: string;
}

/** The outcome of a load, as plain data: the CLI prints it, `--json` serialises it. */
export interface LoadReport {
  readonly articles: {
    /** Written (new or changed). */
    readonly loaded: number;
    /** Skipped: the graph already holds the same content hash. */
    readonly unchanged: number;
    /** Taken out by `--sync`: in the graph but no longer in the input. */
    readonly removed: number;
    readonly failed: number;
  };
  readonly failures: readonly LoadFailure[];
  readonly nodes: {
    readonly created: number;
    readonly deleted: number;
    readonly createdByLabel: Readonly<Record<string, number>>;
  };
  readonly relationships: {
    readonly created: number;
    readonly deleted: number;
    readonly createdByType: Readonly<Record<string, number>>;
  };
  readonly propertiesSet: number;
  /**
   * Stopped early (Ctrl-C): the counts say what was written, each article whole; inputs not yet
   * reached were neither loaded nor reported. Loading the same input again finishes the job.
   */
  readonly interrupted: boolean;
  /** Why `--sync` removed nothing, when it was asked for and did not run. */
  readonly syncSkipped?: string;
  readonly elapsedMs: number;
}
