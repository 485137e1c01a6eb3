import type { Neo4jConfig } from "../../config.ts";
import { LOCAL_BOLT_URI, LOCAL_HTTP_URL } from "../../config.ts";
import { runCompose } from "../../local-db/index.ts";
import { describePassword } from "./describe-password.ts";

/** docker-compose.yml requires NEO4J_PASSWORD; hand it the configured one (or the local default). */
function composeEnv(config: Neo4jConfig): Record<string, string> {
  return { NEO4J_PASSWORD: config.password };
}

export async function dockerStart(config: Neo4jConfig): Promise<number> {
  await runCompose(["up", "-d", "--wait"], composeEnv(config));
  process.stdout.write(
    "Neo4j started with docker compose\n" +
      `  Bolt:    ${LOCAL_BOLT_URI}  (user neo4j, ${describePassword(config)})\n` +
      `  Browser: ${LOCAL_HTTP_URL}/browser/\n`,
  );
  return 0;
}

export async function dockerStop(config: Neo4jConfig): Promise<number> {
  process.stdout.write(await runCompose(["down"], composeEnv(config)));
  return 0;
}

export async function dockerStatus(config: Neo4jConfig): Promise<number> {
  process.stdout.write(await runCompose(["ps"], composeEnv(config)));
  return 0;
}
