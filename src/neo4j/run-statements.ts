import neo4j from "neo4j-driver";
import type { Driver, ResultSummary } from "neo4j-driver";

/** A Cypher statement with its parameters; the text comes from a `.cypher` file. */
export interface Statement {
  readonly cypher: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** What a statement changed, from `summary.counters.updates()`. */
export interface WriteCounts {
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
}

/**
 * Runs the statements in order in one managed write transaction: all commit or none does, and
 * the driver retries the whole transaction on transient errors (deadlocks, leader switches).
 * The statements are sent one after another without waiting for each result (Bolt runs them in
 * the order sent), so the server works on one while the next is being encoded and sent.
 * Returns each statement's counts from the attempt that committed.
 */
export async function runWriteTransaction(
  driver: Driver,
  database: string | undefined,
  statements: readonly Statement[],
): Promise<WriteCounts[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const results = statements.map(({ cypher, parameters }) => tx.run(cypher, parameters));
      const summaries = await Promise.all(results.map((result) => result.summary()));
      return summaries.map(countsOf);
    });
  } finally {
    await session.close();
  }
}

/** Runs one read statement (routed to a reader in a cluster) and returns its records as objects. */
export async function readRecords(
  driver: Driver,
  database: string | undefined,
  statement: Statement,
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(statement.cypher, statement.parameters, {
    database,
    routing: neo4j.routing.READ,
  });
  return records.map((record) => record.toObject() as Record<string, unknown>);
}

/** Runs one schema statement in its own transaction (schema and data writes cannot share one). */
export async function runSchemaStatement(
  driver: Driver,
  database: string | undefined,
  cypher: string,
): Promise<void> {
  await driver.executeQuery(cypher, {}, { database, routing: neo4j.routing.WRITE });
}

/** Fails when the server cannot be reached, refuses the credentials or lacks the database. */
export async function verifyDatabase(driver: Driver, database: string | undefined): Promise<void> {
  await driver.verifyConnectivity({ database });
}

function countsOf(summary: ResultSummary): WriteCounts {
  const updates = summary.counters.updates();
  return {
    nodesCreated: updates.nodesCreated,
    nodesDeleted: updates.nodesDeleted,
    relationshipsCreated: updates.relationshipsCreated,
    relationshipsDeleted: updates.relationshipsDeleted,
    propertiesSet: updates.propertiesSet,
  };
}
