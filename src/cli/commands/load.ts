import { config as readDotenv } from "dotenv";
import { LOCAL_HTTP_URL, parseNeo4jConfig } from "../../config.ts";
import { loadDocuments } from "../../load/load-documents.ts";
import type { LoadReport } from "../../load/load-report.ts";
import { withDriver } from "../../neo4j/with-driver.ts";
import { countInputFiles } from "../../read/index.ts";
import { dryRun } from "../load/dry-run.ts";
import { deferredInputs, extractedInputs } from "../load/extracted-inputs.ts";
import { formatLoadReport } from "../load/format-load-report.ts";
import { parseLoadArgs } from "../load/load-args.ts";
import type { LoadArgs } from "../load/load-args.ts";
import { INTERRUPTED_EXIT_CODE, whileHandlingInterrupts } from "../load/interrupts.ts";
import { ensureLocalServer } from "../load/local-server.ts";
import { createProgressReporter } from "../load/progress-line.ts";

const FIRST_QUERY = "MATCH (a:Person)-[m:MET_WITH]->(b:Person) RETURN a, m, b LIMIT 25";

/**
 * `load [paths…]`: read, extract and write articles to Neo4j; 0 all loaded, 1 some failed,
 * 2 configuration or connection error, 130 interrupted (what was written is whole).
 */
export async function loadCommand(argv: string[]): Promise<number> {
  const args = parseLoadArgs(argv);
  if (args.dryRun)
    return dryRun(extractedInputs(args.paths), {
      batchSize: args.batchSize,
      full: args.json || args.verbose,
    });
  const env: Record<string, string | undefined> = { ...process.env };
  readDotenv({ quiet: true, processEnv: env });
  const config = parseNeo4jConfig(env);
  const local = await ensureLocalServer(config);
  if (args.verbose) {
    process.stderr.write(
      `loading ${args.paths.join(" ")} into ${config.uri} (database ${config.database ?? "default"}), ` +
        `batches of ${args.batchSize}, ${args.concurrency} at a time${args.sync ? ", --sync" : ""}\n`,
    );
  }
  const report = await whileHandlingInterrupts((signal) => runLoad(args, config, signal));
  process.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : formatLoadReport(report),
  );
  if (local && !args.json && !report.interrupted) printBrowserHint();
  if (report.interrupted) return INTERRUPTED_EXIT_CODE;
  return report.articles.failed > 0 ? 1 : 0;
}

async function runLoad(
  args: LoadArgs,
  config: ReturnType<typeof parseNeo4jConfig>,
  signal: AbortSignal,
): Promise<LoadReport> {
  const progress = createProgressReporter(await countInputFiles(args.paths), process.stderr);
  try {
    return await withDriver(config, (driver) =>
      loadDocuments(
        driver,
        { uri: config.uri, database: config.database },
        deferredInputs(args.paths),
        {
          batchSize: args.batchSize,
          concurrency: args.concurrency,
          sync: args.sync,
          onProgress: progress.update,
          signal,
        },
      ),
    );
  } finally {
    progress.finish();
  }
}

function printBrowserHint(): void {
  process.stdout.write(
    `\nExplore the graph in Neo4j Browser: ${LOCAL_HTTP_URL}/browser/\n` +
      `(connect to bolt://127.0.0.1:7687 as neo4j with NEO4J_PASSWORD, by default newsgraph-local)\n` +
      `A first query to paste:\n  ${FIRST_QUERY}\n`,
  );
}
