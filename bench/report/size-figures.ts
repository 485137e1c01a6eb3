import type { SizeResult } from "../measure-size.ts";
import type { PhaseOutcome } from "../run-phase.ts";

/** The figures of one size, derived from its phases; undefined where a phase failed. */
export interface SizeFigures {
  readonly size: number;
  readonly corpusMB: number;
  readonly extractArticlesPerSec?: number;
  readonly extractMBPerSec?: number;
  readonly workersThreads?: number;
  readonly workersArticlesPerSec?: number;
  readonly workersMBPerSec?: number;
  readonly loadSec?: number;
  readonly loadRelationships?: number;
  readonly loadRelsPerSec?: number;
  readonly reloadUnchangedRatio?: number;
  readonly reloadEditedRatio?: number;
  /**
   * `npm run load` on the unchanged corpus (read, hash, look up, skip: no extraction) over its
   * first load (one-core extraction plus the first load).
   */
  readonly cliReloadUnchangedRatio?: number;
  readonly prefixArticles: number;
  readonly prefixLoadRelsPerSec?: number;
  readonly baselineRelsPerSec?: number;
  /** Same prefix, same documents: baseline time over newsgraph time. */
  readonly aOverB?: number;
  readonly ceilingRelationships?: number;
  readonly ceilingRelsPerSec?: number;
  /** newsgraph's relationships per second over the ceiling's, whole corpus. */
  readonly aOverC?: number;
  readonly extractRssMB?: number;
  readonly loadRssMB?: number;
}

const MB = 1e6;

export function sizeFigures(result: SizeResult): SizeFigures {
  const extract = value(result.extract);
  const workers = value(result.extractWorkers);
  const load = value(result.load);
  const baseline = value(result.baseline);
  const ceiling = value(result.ceiling);
  const prefixRun = load?.prefix ?? load?.first;
  const loadRate = load && per(load.first.relationshipsCreated, load.first.ms);
  const ceilingRate = ceiling && per(ceiling.relationshipsCreated, ceiling.ms);
  return {
    size: result.size,
    corpusMB: result.corpus.bytes / MB,
    extractArticlesPerSec: extract && per(extract.articles, extract.readAndExtractMs),
    extractMBPerSec: extract && per(extract.bytes / MB, extract.readAndExtractMs),
    workersThreads: workers?.threads,
    workersArticlesPerSec: workers && per(workers.articles, workers.wallMs),
    workersMBPerSec: workers && per(workers.bytes / MB, workers.wallMs),
    loadSec: load && load.first.ms / 1000,
    loadRelationships: load?.first.relationshipsCreated,
    loadRelsPerSec: loadRate,
    reloadUnchangedRatio: load && load.unchanged.ms / load.first.ms,
    reloadEditedRatio: load && load.edited.ms / load.first.ms,
    cliReloadUnchangedRatio:
      load && extract
        ? load.unchangedFromArticles.ms / (extract.readAndExtractMs + load.first.ms)
        : undefined,
    prefixArticles: baseline?.articles ?? 0,
    prefixLoadRelsPerSec: prefixRun && per(prefixRun.relationshipsCreated, prefixRun.ms),
    baselineRelsPerSec: baseline && per(baseline.relationshipsCreated, baseline.ms),
    aOverB: baseline && prefixRun && baseline.ms / prefixRun.ms,
    ceilingRelationships: ceiling?.relationshipsCreated,
    ceilingRelsPerSec: ceilingRate,
    aOverC:
      loadRate !== undefined && ceilingRate !== undefined ? loadRate / ceilingRate : undefined,
    extractRssMB: rss(result.extract),
    loadRssMB: rss(result.load),
  };
}

function value<T>(outcome: PhaseOutcome<T>): T | undefined {
  return outcome.ok ? outcome.result : undefined;
}

function rss(outcome: PhaseOutcome<unknown>): number | undefined {
  return outcome.ok ? outcome.maxRssBytes / MB : undefined;
}

function per(amount: number, ms: number): number {
  return ms > 0 ? amount / (ms / 1000) : 0;
}
