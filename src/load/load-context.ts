import { describeCause } from "../errors.ts";
import type { Driver } from "../neo4j/with-driver.ts";
import type { GraphDocument } from "../model/graph-document.ts";
import type { ConnectionTarget } from "../neo4j/neo4j-errors.ts";
import type { CypherCatalog } from "./cypher-catalog.ts";
import type { ReportTally } from "./report-tally.ts";

/**
 * An article read but not yet extracted. The loader looks its content hash up first and calls
 * `extract` only for a new or changed article, so an unchanged corpus is not extracted again.
 */
export interface DeferredDocument {
  readonly key: string;
  readonly contentHash: string;
  /** The article's graph document; may throw, which fails this article alone. */
  readonly extract: () => GraphDocument;
}

/** An input that could not be read or extracted, and why. */
type FailedInput = { readonly ok: false; readonly path: string; readonly reason: string };

/** An extracted document, or why there is none. */
export type ExtractedInput =
  { readonly ok: true; readonly path: string; readonly document: GraphDocument } | FailedInput;

/** An article read, its extraction left to the loader, or why it could not be read. */
export type DeferredInput =
  { readonly ok: true; readonly path: string; readonly deferred: DeferredDocument } | FailedInput;

/** Runs a deferred extraction; one that throws fails this article alone, with the reason. */
export function extractDeferred(path: string, deferred: DeferredDocument): ExtractedInput {
  try {
    return { ok: true, path, document: deferred.extract() };
  } catch (error) {
    return { ok: false, path, reason: `extraction failed: ${describeCause(error)}` };
  }
}

/** One input as the loader receives it: a document, one still to extract, or why there is none. */
export type LoadInput = ExtractedInput | DeferredInput;

/** An input accepted for its hash lookup: its key and hash, and its document or how to get it. */
export interface AcceptedArticle {
  readonly path: string;
  readonly key: string;
  readonly contentHash: string;
  readonly document?: GraphDocument;
  readonly deferred?: DeferredDocument;
}

/** An article to write (new or changed), with the path to name it by if it fails. */
export interface PendingArticle {
  readonly path: string;
  readonly document: GraphDocument;
  /** Its key was not in the graph at the hash lookup: there is no earlier version to remove. */
  readonly fresh: boolean;
}

/** How far a load has got; `done` counts every input decided so far. */
export interface LoadProgress {
  readonly done: number;
  readonly loaded: number;
  readonly unchanged: number;
  readonly failed: number;
}

export interface LoadOptions {
  readonly batchSize: number;
  readonly concurrency: number;
  /** Remove articles that are in the graph but not in the input. */
  readonly sync: boolean;
  readonly onProgress?: (progress: LoadProgress) => void;
  /**
   * When aborted (Ctrl-C), no new batch is started; the batches in flight commit or roll back
   * whole, and the load returns its report with `interrupted: true`.
   */
  readonly signal?: AbortSignal;
}

/** What every stage of one load shares. */
export interface LoadContext {
  readonly driver: Driver;
  readonly target: ConnectionTarget;
  readonly cypher: CypherCatalog;
  readonly tally: ReportTally;
  readonly options: LoadOptions;
}

export function reportProgress({ tally, options }: LoadContext): void {
  const { loaded, unchanged, failed } = tally;
  options.onProgress?.({ done: loaded + unchanged + failed, loaded, unchanged, failed });
}
