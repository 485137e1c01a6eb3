import { z } from "zod";
import { NewsgraphError } from "../errors.ts";
import { asConnectionError, describeWriteError } from "../neo4j/neo4j-errors.ts";
import type { ConnectionTarget } from "../neo4j/neo4j-errors.ts";
import { runReadQuery } from "../neo4j/read-query.ts";
import { verifyDatabase } from "../neo4j/run-statements.ts";
import type { Driver } from "../neo4j/with-driver.ts";
import { TemporalValue } from "./plain-value.ts";
import type { PlainValue, QueryResult } from "./plain-value.ts";
import type { ParamValue, SavedQuery } from "./saved-query.ts";

const PlainValueSchema: z.ZodType<PlainValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.instanceof(TemporalValue),
    z.array(PlainValueSchema),
    z.record(z.string(), PlainValueSchema),
  ]),
);

const QueryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(PlainValueSchema)),
});

/**
 * Runs a saved query with parameters already bound by `bindParams`, and returns its rows as plain
 * data. A connection failure becomes a "connection" error that says what to do; a failure of the
 * statement itself names the query.
 */
export async function runSavedQuery(
  driver: Driver,
  target: ConnectionTarget,
  query: SavedQuery,
  parameters: Readonly<Record<string, ParamValue>>,
): Promise<QueryResult> {
  const integers = new Set(query.params.filter((p) => p.type === "int").map((p) => p.name));
  try {
    // Fails at once when nothing answers, where the query itself would be retried for 30 s.
    await verifyDatabase(driver, target.database);
    const result = await runReadQuery(driver, target.database, {
      cypher: query.cypher,
      parameters,
      integers,
    });
    return QueryResultSchema.parse(result);
  } catch (error) {
    throw (
      asConnectionError(error, target) ??
      new NewsgraphError("query", `${query.name} failed: ${describeWriteError(error)}`, {
        cause: error,
        context: { query: query.name, path: query.file },
      })
    );
  }
}
