import { deferredInputs } from "../../src/cli/load/extracted-inputs.ts";
import { loadDocuments } from "../../src/load/load-documents.ts";
import type { LoadInput } from "../../src/load/load-context.ts";
import type { LoadReport } from "../../src/load/load-report.ts";
import type { Driver } from "../../src/neo4j/with-driver.ts";
import { withDriver } from "../../src/neo4j/with-driver.ts";
import { clearDatabase, deleteData, serverVersion, type BenchTarget } from "./bench-database.ts";
import { readDeferredDocuments } from "./documents-file.ts";

export interface LoadPhaseInput {
  readonly target: BenchTarget;
  /** The corpus as files, for the reload that reads articles the way `npm run load` does. */
  readonly corpusDir: string;
  readonly documentsPath: string;
  readonly editedDocumentsPath: string;
  /** Articles in the prefix that the baseline is measured on; newsgraph loads it too, alone. */
  readonly prefix: number;
  readonly size: number;
  readonly batchSize: number;
  readonly concurrency: number;
  /**
   * A small corpus loaded, then edited, once the schema is in place and before anything is
   * timed, so that the timed loads find every statement planned (see loadPhase).
   */
  readonly warmUp?: { readonly documentsPath: string; readonly editedDocumentsPath: string };
}

/** One load: its wall time and what the loader reported. */
export interface LoadRun {
  readonly ms: number;
  readonly articles: LoadReport["articles"];
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly failures: number;
}

export interface LoadPhaseResult {
  readonly neo4jVersion: string;
  readonly first: LoadRun;
  readonly unchanged: LoadRun;
  /**
   * The unchanged corpus again, from the article files as `npm run load` reads them: each file
   * read and hashed, its hash looked up, and (being unchanged) never extracted.
   */
  readonly unchangedFromArticles: LoadRun;
  readonly edited: LoadRun;
  /** The baseline's prefix loaded alone into an empty database, when it is not the whole corpus. */
  readonly prefix?: LoadRun;
}

/**
 * newsgraph's loader on an empty database: the whole corpus, the same again (every article
 * unchanged) from the extracted documents and then from the article files, then with 1% of the
 * articles edited; then, for the baseline comparison, the prefix alone on an emptied database.
 * The CLI's defaults for batch size and concurrency.
 *
 * Emptying the database drops the other writers' schema, and any schema change empties Neo4j's
 * plan cache; planning the loader's ~35 statements takes about 2.5 s, once per server (they
 * keep their plans: CYPHER replan=skip). So, as a long-running server would have them, the
 * plans are made on the warm-up corpus first, and the data is then deleted with the schema kept.
 */
export async function loadPhase(input: LoadPhaseInput): Promise<LoadPhaseResult> {
  return withDriver(input.target, async (driver) => {
    const neo4jVersion = await serverVersion(driver);
    await step("emptying the database", () => clearDatabase(driver));
    const { warmUp } = input;
    if (warmUp !== undefined)
      await step("planning on the warm-up corpus", async () => {
        await timedLoad(driver, input, inputsFrom(warmUp.documentsPath));
        await timedLoad(driver, input, inputsFrom(warmUp.editedDocumentsPath));
        await deleteData(driver);
      });
    const first = await step("first load", () =>
      timedLoad(driver, input, inputsFrom(input.documentsPath)),
    );
    const unchanged = await step("unchanged reload", () =>
      timedLoad(driver, input, inputsFrom(input.documentsPath)),
    );
    const unchangedFromArticles = await step("unchanged reload from the articles", () =>
      timedLoad(driver, input, deferredInputs([input.corpusDir], { root: input.corpusDir })),
    );
    const edited = await step("edited reload", () =>
      timedLoad(driver, input, inputsFrom(input.editedDocumentsPath)),
    );
    const reloads = { unchanged, unchangedFromArticles, edited };
    if (input.prefix >= input.size) return { neo4jVersion, first, ...reloads };
    await step("emptying the database", () => deleteData(driver));
    const prefix = await step("prefix load", () =>
      timedLoad(driver, input, inputsFrom(input.documentsPath, input.prefix)),
    );
    return { neo4jVersion, first, ...reloads, prefix };
  });
}

async function timedLoad(
  driver: Driver,
  input: LoadPhaseInput,
  inputs: AsyncIterable<LoadInput>,
): Promise<LoadRun> {
  const started = performance.now();
  const report = await loadDocuments(
    driver,
    { uri: input.target.uri, database: undefined },
    inputs,
    {
      batchSize: input.batchSize,
      concurrency: input.concurrency,
      sync: false,
    },
  );
  return {
    ms: performance.now() - started,
    articles: report.articles,
    nodesCreated: report.nodes.created,
    nodesDeleted: report.nodes.deleted,
    relationshipsCreated: report.relationships.created,
    relationshipsDeleted: report.relationships.deleted,
    failures: report.failures.length,
  };
}

/** The documents file's articles, each parsed only if its lookup finds it new or changed. */
async function* inputsFrom(path: string, limit?: number): AsyncGenerator<LoadInput> {
  for await (const deferred of readDeferredDocuments(path, limit)) {
    yield { ok: true, path: deferred.key, deferred };
  }
}

/** Names the step in the error, so a failed phase says which of its loads failed. */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
