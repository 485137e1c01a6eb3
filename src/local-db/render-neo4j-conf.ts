import type { ServerSettings } from "./server-options.ts";

/**
 * The neo4j.conf of a local server. Loopback only, because the password (if any) is a development
 * one; advertised addresses match the ports so HTTP discovery tells the truth about them.
 */
export function renderNeo4jConf(settings: ServerSettings): string {
  const { host, boltPort, httpPort } = settings;
  const lines = [
    "# Written by newsgraph (src/local-db) on every start; edits here are overwritten.",
    `server.default_listen_address=${host}`,
    `server.default_advertised_address=${host}`,
    `server.bolt.listen_address=${host}:${boltPort}`,
    `server.bolt.advertised_address=${host}:${boltPort}`,
    `server.http.listen_address=${host}:${httpPort}`,
    `server.http.advertised_address=${host}:${httpPort}`,
    "server.https.enabled=false",
    // The JVM is started by us, so these only document what -Xms/-Xmx were set to.
    `server.memory.heap.initial_size=${settings.heapSize}`,
    `server.memory.heap.max_size=${settings.heapSize}`,
    `server.memory.pagecache.size=${settings.pageCacheSize}`,
    `dbms.security.auth_enabled=${settings.password !== undefined}`,
    "dbms.usage_report.enabled=false",
    // Bolt closes after the databases have stopped, yet waits 5 s twice by default for event loops
    // that have nothing left to do: stopping took 12 s instead of 2. Pinned version, so safe to use.
    "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
    "internal.server.bolt.connection_shutdown_wait_time=1s",
  ];
  return `${lines.join("\n")}\n`;
}
