import type { WriteCounts } from "../neo4j/run-statements.ts";
import { STATEMENT_TARGETS } from "../plan/statement-names.ts";
import type { LoadFailure, LoadReport } from "./load-report.ts";

/** Accumulates a load's outcome while batches commit; `report()` hands it out as plain data. */
export class ReportTally {
  loaded = 0;
  unchanged = 0;
  removed = 0;
  readonly #failures: LoadFailure[] = [];
  readonly #totals = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
  readonly #byLabel = new Map<string, number>();
  readonly #byType = new Map<string, number>();

  get failed(): number {
    return this.#failures.length;
  }

  fail(path: string, reason: string): void {
    this.#failures.push({ path, reason });
  }

  /** Adds what one committed statement changed, attributed to the label and type it writes. */
  count(statement: string, counts: WriteCounts): void {
    for (const name of Object.keys(this.#totals) as (keyof WriteCounts)[]) {
      this.#totals[name] += counts[name];
    }
    const target = STATEMENT_TARGETS.get(statement) ?? {};
    if (target.label !== undefined) increment(this.#byLabel, target.label, counts.nodesCreated);
    if (target.type !== undefined)
      increment(this.#byType, target.type, counts.relationshipsCreated);
  }

  report(
    elapsedMs: number,
    { interrupted, syncSkipped }: { interrupted: boolean; syncSkipped: string | undefined },
  ): LoadReport {
    const totals = this.#totals;
    return {
      articles: {
        loaded: this.loaded,
        unchanged: this.unchanged,
        removed: this.removed,
        failed: this.failed,
      },
      failures: [...this.#failures],
      nodes: {
        created: totals.nodesCreated,
        deleted: totals.nodesDeleted,
        createdByLabel: sorted(this.#byLabel),
      },
      relationships: {
        created: totals.relationshipsCreated,
        deleted: totals.relationshipsDeleted,
        createdByType: sorted(this.#byType),
      },
      propertiesSet: totals.propertiesSet,
      interrupted,
      ...(syncSkipped === undefined ? {} : { syncSkipped }),
      elapsedMs: Math.round(elapsedMs),
    };
  }
}

function increment(map: Map<string, number>, name: string, by: number): void {
  if (by > 0) map.set(name, (map.get(name) ?? 0) + by);
}

function sorted(map: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
}
