import type { Driver } from "../../src/neo4j/with-driver.ts";
import { benchCypher } from "./bench-cypher.ts";

/** Where the phases write: a Neo4j the benchmark started (or NEO4J_BENCH_URI), database "neo4j". */
export interface BenchTarget {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
}

/**
 * Empties the database between phases: all data, then every constraint and index but the token
 * lookups, so each phase starts as on a fresh database (Community has only one to write to).
 */
export async function clearDatabase(driver: Driver): Promise<void> {
  await deleteData(driver);
  for (const kind of ["constraint", "index"]) {
    const { records } = await driver.executeQuery(
      await benchCypher(kind === "constraint" ? "list-constraints" : "list-indexes"),
    );
    const drop = await benchCypher(`drop-${kind}`);
    for (const record of records)
      await driver.executeQuery(drop, { name: String(record.get("name")) });
  }
}

/**
 * Deletes every node and relationship but keeps the constraints and indexes. A schema change
 * empties Neo4j's query plan cache; deleting data does not.
 */
export async function deleteData(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(await benchCypher("clear-relationships"));
    await session.run(await benchCypher("clear-data"));
  } finally {
    await session.close();
  }
}

export async function serverVersion(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(await benchCypher("server-version"));
  const first = records[0];
  return first === undefined
    ? "unknown"
    : `${String(first.get("version"))} ${String(first.get("edition"))}`;
}

export async function runSchema(driver: Driver, ...names: string[]): Promise<void> {
  for (const name of names) await driver.executeQuery(await benchCypher(name));
}
