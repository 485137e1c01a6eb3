import { inject } from "vitest";
import { withDriver } from "../../src/neo4j/with-driver.ts";
import type { Driver } from "../../src/neo4j/with-driver.ts";
import type { TestNeo4jConnection } from "../setup/test-neo4j-connection.ts";

export type { TestNeo4jConnection };

/** The run's Neo4j, found or started by test/setup/neo4j-global-setup.ts. */
export function testNeo4j(): TestNeo4jConnection {
  return inject("neo4j");
}

/** A driver on the test database for the length of `work`, always closed. */
export function withTestDriver<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  return withDriver(testNeo4j(), work);
}

/**
 * Removes every node and relationship. Constraints and indexes stay: they are created
 * idempotently, and recreating them on every test would only cost time.
 */
export async function clearDatabase(): Promise<void> {
  const { database } = testNeo4j();
  await withTestDriver((driver) =>
    driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database }),
  );
}
