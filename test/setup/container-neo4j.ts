import { randomBytes } from "node:crypto";
import { Neo4jContainer } from "@testcontainers/neo4j";
import { composeNeo4jImage } from "./compose-image.ts";
import type { AcquiredNeo4j } from "./acquire-test-neo4j.ts";

/** The same image as docker-compose.yml, on random host ports. */
export async function startContainerNeo4j(): Promise<AcquiredNeo4j> {
  const container = await new Neo4jContainer(await composeNeo4jImage())
    .withPassword(randomBytes(12).toString("base64url"))
    .start();
  return {
    connection: {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database: undefined,
      httpUrl: container.getHttpUri(),
      source: "testcontainers",
    },
    release: async () => {
      await container.stop();
    },
  };
}
