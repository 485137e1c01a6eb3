import { isEquivalentSchemaRule } from "../neo4j/neo4j-errors.ts";
import { runSchemaStatement } from "../neo4j/run-statements.ts";
import type { Driver } from "../neo4j/with-driver.ts";

/**
 * Creates the constraints and indexes, one statement per transaction (schema and data writes
 * cannot share one). Loaders started together on a fresh database race on every
 * `CREATE … IF NOT EXISTS`: the one that loses finds the rule in place, as it asked, and goes on.
 */
export async function createSchema(
  driver: Driver,
  database: string | undefined,
  statements: readonly string[],
): Promise<void> {
  for (const statement of statements) {
    await runSchemaStatement(driver, database, statement).catch((error: unknown) => {
      if (!isEquivalentSchemaRule(error)) throw error;
    });
  }
}
