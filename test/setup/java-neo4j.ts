import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeCause } from "../../src/errors.ts";
import { findFreePorts, startLocalNeo4j } from "../../src/local-db/index.ts";
import type { AcquiredNeo4j } from "./acquire-test-neo4j.ts";

/**
 * A throwaway server on the local Java: its own data folder under the OS temp folder, free ports,
 * authentication disabled (any credentials work; tests still pass the provided ones, which the
 * container needs), removed again on release.
 */
export async function startJavaNeo4j(): Promise<AcquiredNeo4j> {
  const stateDir = await mkdtemp(join(tmpdir(), "newsgraph-neo4j-"));
  try {
    const [boltPort, httpPort] = await findFreePorts(2);
    const server = await startLocalNeo4j({
      stateDir,
      boltPort,
      httpPort,
      detached: false,
    });
    // Plain data: vitest hands it to the test workers by structured clone.
    const connection = {
      uri: server.boltUri,
      username: server.username,
      password: server.password,
      database: undefined,
      httpUrl: server.httpUrl,
      source: "local Java",
    } as const;
    const release = async () => {
      await server.stop();
      await rm(stateDir, { recursive: true, force: true });
    };
    return { connection, release };
  } catch (error) {
    await rm(stateDir, { recursive: true, force: true });
    throw new Error(
      "integration tests need a Neo4j and found none: set NEO4J_TEST_URI, or run a container " +
        `runtime (Docker), or install Java 17+ and Maven. Starting one on the local Java failed: ${describeCause(error)}`,
      { cause: error },
    );
  }
}
