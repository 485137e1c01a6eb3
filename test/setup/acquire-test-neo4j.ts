import { getContainerRuntimeClient } from "testcontainers";
import { startContainerNeo4j } from "./container-neo4j.ts";
import { startJavaNeo4j } from "./java-neo4j.ts";
import type { TestNeo4jConnection } from "./test-neo4j-connection.ts";

export interface AcquiredNeo4j {
  readonly connection: TestNeo4jConnection;
  /** Stops what was started for the run; leaves a server named by NEO4J_TEST_URI alone. */
  release(): Promise<void>;
}

export async function acquireTestNeo4j(
  env: Record<string, string | undefined>,
): Promise<AcquiredNeo4j> {
  const configured = connectionFromEnv(env);
  if (configured !== undefined) return { connection: configured, release: () => Promise.resolve() };
  if (await hasContainerRuntime()) return startContainerNeo4j();
  return startJavaNeo4j();
}

function connectionFromEnv(
  env: Record<string, string | undefined>,
): TestNeo4jConnection | undefined {
  const uri = env["NEO4J_TEST_URI"];
  if (uri === undefined || uri === "") return undefined;
  return {
    uri,
    username: env["NEO4J_TEST_USERNAME"] ?? "neo4j",
    password: env["NEO4J_TEST_PASSWORD"] ?? "",
    database: env["NEO4J_TEST_DATABASE"],
    httpUrl: env["NEO4J_TEST_HTTP_URL"] ?? `http://${new URL(uri).hostname}:7474`,
    source: "NEO4J_TEST_URI",
  };
}

/** testcontainers' own probe: Docker, Podman, or whatever DOCKER_HOST points at. */
async function hasContainerRuntime(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
