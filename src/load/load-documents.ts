import pLimit from "p-limit";
import { NewsgraphError } from "../errors.ts";
import { asConnectionError } from "../neo4j/neo4j-errors.ts";
import type { ConnectionTarget } from "../neo4j/neo4j-errors.ts";
import { verifyDatabase } from "../neo4j/run-statements.ts";
import type { Driver } from "../neo4j/with-driver.ts";
import { acceptInputs } from "./accept-inputs.ts";
import { changedBatches } from "./changed-batches.ts";
import { createSchema } from "./create-schema.ts";
import type { InputLedger } from "./accept-inputs.ts";
import { readCypherCatalog } from "./cypher-catalog.ts";
import { reportProgress } from "./load-context.ts";
import type { LoadContext, LoadInput, LoadOptions, PendingArticle } from "./load-context.ts";
import type { LoadReport } from "./load-report.ts";
import { ReportTally } from "./report-tally.ts";
import { syncArticles } from "./sync-articles.ts";
import { writeBatch } from "./write-batch.ts";

/**
 * Loads extracted documents into Neo4j: schema first, then batches of articles, each batch one
 * transaction, `concurrency` batches at a time, reading the inputs only as fast as they are
 * written. Failed inputs are reported in the LoadReport; a connection failure throws a
 * NewsgraphError("connection"). An aborted `options.signal` stops it between batches.
 */
export async function loadDocuments(
  driver: Driver,
  target: ConnectionTarget,
  inputs: AsyncIterable<LoadInput>,
  options: LoadOptions,
): Promise<LoadReport> {
  const started = performance.now();
  const context: LoadContext = {
    driver,
    target,
    cypher: await readCypherCatalog(),
    tally: new ReportTally(),
    options,
  };
  try {
    await prepareDatabase(context);
    const ledger: InputLedger = { pathsByKey: new Map(), unreadable: 0 };
    await writeAll(context, changedBatches(context, acceptInputs(context, inputs, ledger)));
    const interrupted = options.signal?.aborted === true;
    const syncSkipped = !options.sync
      ? undefined
      : interrupted
        ? "the load was interrupted, so no article was removed"
        : await syncArticles(context, ledger);
    return context.tally.report(performance.now() - started, { interrupted, syncSkipped });
  } catch (error) {
    throw describeLostConnection(error, context) ?? error;
  }
}

/** A connection failure, saying what is in the graph when it came after some batches committed. */
function describeLostConnection(error: unknown, context: LoadContext): NewsgraphError | undefined {
  const connection =
    error instanceof NewsgraphError && error.kind === "connection"
      ? error
      : asConnectionError(error, context.target);
  const loaded = context.tally.loaded;
  if (connection === undefined || loaded === 0) return connection;
  return new NewsgraphError(
    "connection",
    `${connection.message} (lost during the load, after ${loaded} article(s) were written; each article is in the graph whole or not at all, so loading the same input again finishes the job)`,
    { cause: error },
  );
}

async function prepareDatabase({ driver, target, cypher }: LoadContext): Promise<void> {
  await verifyDatabase(driver, target.database);
  await createSchema(driver, target.database, cypher);
}

async function writeAll(
  context: LoadContext,
  batches: AsyncIterable<PendingArticle[]>,
): Promise<void> {
  const concurrency = context.options.concurrency;
  const limit = pLimit(concurrency);
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  try {
    for await (const batch of batches) {
      if (failure !== undefined || context.options.signal?.aborted) break;
      const task: Promise<void> = limit(() => writeBatch(context, batch))
        .then(() => reportProgress(context))
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => running.delete(task));
      running.add(task);
      if (running.size >= concurrency) await Promise.race(running);
    }
  } finally {
    // The hash lookups run in `batches`: when one fails, the writes in flight still finish.
    await Promise.all(running);
  }
  if (failure !== undefined) throw failure.error;
}
