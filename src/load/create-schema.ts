import { asConnectionError, isEquivalentSchemaRule } from "../neo4j/neo4j-errors.ts";
import { readRecords, runSchemaStatement } from "../neo4j/run-statements.ts";
import type { Driver } from "../neo4j/with-driver.ts";
import type { CypherCatalog } from "./cypher-catalog.ts";
import { statementText } from "./cypher-catalog.ts";

/**
 * Creates the constraints and indexes that are missing, one statement per transaction (schema
 * and data writes cannot share one). One read lists the rules in place first: a rule whose name
 * is there is skipped, as `IF NOT EXISTS` would skip it, without a transaction of its own.
 * Loaders started together on a fresh database race on every `CREATE … IF NOT EXISTS`: the one
 * that loses finds the rule in place, as it asked, and goes on.
 */
export async function createSchema(
  driver: Driver,
  database: string | undefined,
  cypher: Pick<CypherCatalog, "schema" | "read">,
): Promise<void> {
  const existing = await existingRules(driver, database, cypher);
  for (const statement of cypher.schema) {
    const rule = ruleOf(statement);
    if (rule !== undefined && existing?.has(rule) === true) continue;
    await runSchemaStatement(driver, database, statement).catch((error: unknown) => {
      if (!isEquivalentSchemaRule(error)) throw error;
    });
  }
}

/**
 * The rules in place, as `constraint <name>` and `index <name>`; undefined when the server would
 * not list them (a user allowed to create indexes but not to list them), so every statement runs.
 */
async function existingRules(
  driver: Driver,
  database: string | undefined,
  cypher: Pick<CypherCatalog, "read">,
): Promise<Set<string> | undefined> {
  try {
    const records = await readRecords(driver, database, {
      cypher: statementText(cypher.read, "schema-rules"),
      parameters: {},
    });
    return new Set(
      records.map(({ name, owningConstraint }) =>
        typeof owningConstraint === "string"
          ? `constraint ${owningConstraint}`
          : `index ${String(name)}`,
      ),
    );
  } catch (error) {
    if (asConnectionError(error, { uri: "", database }) !== undefined) throw error;
    return undefined;
  }
}

const NAMED_RULE = /\bCREATE\s+(CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/** `constraint <name>` or `index <name>` for a `CREATE … <name> IF NOT EXISTS` statement. */
export function ruleOf(statement: string): string | undefined {
  const match = NAMED_RULE.exec(statement);
  if (match === null) return undefined;
  return `${(match[1] ?? "").toLowerCase()} ${match[2] ?? ""}`;
}
