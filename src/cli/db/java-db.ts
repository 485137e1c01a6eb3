import type { Neo4jConfig } from "../../config.ts";
import { describePassword } from "./describe-password.ts";
import type { MemorySettings } from "./memory-settings.ts";
import {
  DEFAULT_STATE_DIR,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../local-db/index.ts";

/** Starts (or finds) the detached server in .neo4j/local/ and says where it is. */
export async function javaStart(config: Neo4jConfig, memory: MemorySettings): Promise<number> {
  const server = await startLocalNeo4j({
    stateDir: DEFAULT_STATE_DIR,
    password: config.password,
    detached: true,
    // Unset sizes fall back to the library's defaults.
    heapSize: memory.heapSize,
    pageCacheSize: memory.pageCacheSize,
  });
  const verb = server.reused ? "already running" : "started";
  process.stdout.write(
    `Neo4j ${verb} on the local Java (pid ${server.pid})\n` +
      `  Bolt:    ${server.boltUri}  (user ${server.username}, ${describePassword(config)})\n` +
      `  Browser: ${server.browserUrl}\n` +
      `  logs:    ${server.logFile}\n`,
  );
  return 0;
}

export async function javaStop(): Promise<number> {
  const pid = await stopLocalNeo4j(DEFAULT_STATE_DIR);
  process.stdout.write(
    pid === undefined ? "no local Neo4j was running\n" : `stopped the local Neo4j (pid ${pid})\n`,
  );
  return 0;
}

export async function javaStatus(): Promise<number> {
  const status = await localNeo4jStatus(DEFAULT_STATE_DIR);
  if (!status.running) {
    process.stdout.write(`no local Neo4j is running (state folder ${status.stateDir})\n`);
    return 0;
  }
  const server =
    status.server === undefined
      ? "HTTP not answering yet"
      : `Neo4j ${status.server.version} ${status.server.edition}`;
  process.stdout.write(
    `${server}, on the local Java (pid ${status.pid}, since ${status.startedAt})\n` +
      `  Bolt:    ${status.boltUri}${status.authEnabled ? "" : "  (authentication disabled)"}\n` +
      `  Browser: ${status.browserUrl}\n` +
      `  state:   ${status.stateDir}\n`,
  );
  return 0;
}
