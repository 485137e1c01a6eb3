import type { TestProject } from "vitest/node";
import { acquireTestNeo4j } from "./acquire-test-neo4j.ts";

/**
 * One Neo4j for the whole integration run: the one NEO4J_TEST_URI names, else a container, else
 * a server on the local Java. Never skips: with none of the three the run fails, saying why.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await acquireTestNeo4j(process.env);
  process.stderr.write(
    `integration tests use Neo4j at ${neo4j.connection.uri} (${neo4j.connection.source})\n`,
  );
  project.provide("neo4j", neo4j.connection);
  return () => neo4j.release();
}
