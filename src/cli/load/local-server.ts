import type { Neo4jConfig } from "../../config.ts";
import {
  DEFAULT_STATE_DIR,
  isBoltReachable,
  isDockerEngineAvailable,
  runCompose,
  startLocalNeo4j,
} from "../../local-db/index.ts";

const LOCAL_HOST = "127.0.0.1";
const LOCAL_BOLT_PORT = 7687;

/**
 * With no NEO4J_URI configured the target is the local server: when nothing answers on its Bolt
 * port, start it (docker compose where a Docker engine answers, else on the local Java), so that
 * `npm install && npm run load` is all a fresh clone needs. Returns whether the local server is
 * the target, to print its Browser URL. Notes go to stderr: stdout may carry --json.
 */
export async function ensureLocalServer(config: Neo4jConfig): Promise<boolean> {
  if (!config.isLocalDefault) return false;
  if (await isBoltReachable(LOCAL_HOST, LOCAL_BOLT_PORT)) return true;
  process.stderr.write(
    "no Neo4j answers on 127.0.0.1:7687: starting the local one (npm run db:start)…\n",
  );
  if (await isDockerEngineAvailable()) {
    await runCompose(["up", "-d", "--wait"], { NEO4J_PASSWORD: config.password });
  } else {
    const server = await startLocalNeo4j({
      stateDir: DEFAULT_STATE_DIR,
      password: config.password,
      detached: true,
    });
    process.stderr.write(
      `Neo4j started on the local Java (pid ${server.pid}); npm run db:stop stops it\n`,
    );
  }
  return true;
}
