import { config as readDotenv } from "dotenv";
import { parseNeo4jConfig } from "../../config.ts";
import type { Neo4jConfig } from "../../config.ts";
import { isDockerEngineAvailable } from "../../local-db/index.ts";
import { dockerStart, dockerStatus, dockerStop } from "../db/docker-db.ts";
import { javaStart, javaStatus, javaStop } from "../db/java-db.ts";
import { parseMemorySettings } from "../db/memory-settings.ts";
import type { MemorySettings } from "../db/memory-settings.ts";

const USAGE = `usage: newsgraph db start|stop|status

  start   start the local Neo4j (docker compose where a Docker engine answers, else on the local Java)
  stop    stop the server that db start started
  status  what runs where`;

type Action = (config: Neo4jConfig, memory: MemorySettings) => Promise<number>;

const ACTIONS: Record<string, { docker: Action; java: Action }> = {
  start: { docker: dockerStart, java: javaStart },
  stop: { docker: dockerStop, java: javaStop },
  status: { docker: dockerStatus, java: javaStatus },
};

/** `db start|stop|status`: the local Neo4j on 127.0.0.1:7687 (Bolt) and :7474 (HTTP, Browser). */
export async function dbCommand(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const action = name === undefined ? undefined : ACTIONS[name];
  if (action === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env: Record<string, string | undefined> = { ...process.env };
  readDotenv({ quiet: true, processEnv: env });
  const config = parseNeo4jConfig(env);
  const memory = parseMemorySettings(env);
  const run = (await isDockerEngineAvailable()) ? action.docker : action.java;
  return run(config, memory);
}
