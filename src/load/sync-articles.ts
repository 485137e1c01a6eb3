import { readRecords } from "../neo4j/run-statements.ts";
import { planRemoval } from "../plan/plan-removal.ts";
import type { InputLedger } from "./accept-inputs.ts";
import { statementText } from "./cypher-catalog.ts";
import type { LoadContext } from "./load-context.ts";
import { runPlan } from "./write-batch.ts";

/**
 * `--sync`: removes the articles the graph holds but the input does not, with everything only
 * they supported. Returns why it removed nothing when an input could not be read, because an
 * unreadable file's article cannot be told apart from a deleted one.
 */
export async function syncArticles(
  context: LoadContext,
  ledger: InputLedger,
): Promise<string | undefined> {
  if (ledger.unreadable > 0) {
    return `${ledger.unreadable} input(s) could not be read, so no article was removed`;
  }
  const cypher = statementText(context.cypher.read, "article-keys");
  const records = await readRecords(context.driver, context.target.database, {
    cypher,
    parameters: {},
  });
  const stale = records
    .map((record) => record["key"])
    .filter((key): key is string => typeof key === "string" && !ledger.pathsByKey.has(key));
  for (let i = 0; i < stale.length; i += context.options.batchSize) {
    const keys = stale.slice(i, i + context.options.batchSize);
    await runPlan(context, planRemoval(keys));
    context.tally.removed += keys.length;
  }
  return undefined;
}
