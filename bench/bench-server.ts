import { join } from "node:path";
import { findFreePorts, startLocalNeo4j } from "../src/local-db/index.ts";
import type { BenchTarget } from "./phases/bench-database.ts";

export interface BenchServer {
  readonly target: BenchTarget;
  /** Where it came from, for the results: "local-db" or "NEO4J_BENCH_URI". */
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * A fresh Neo4j for one corpus size: a throwaway local server (authentication off, own ports
 * and folder) started through src/local-db, or the server named by NEO4J_BENCH_URI, which the
 * phases empty before they write.
 */
export async function startBenchServer(
  env: Record<string, string | undefined>,
  stateDir: string,
): Promise<BenchServer> {
  const uri = env["NEO4J_BENCH_URI"];
  if (uri !== undefined && uri !== "") {
    const target = {
      uri,
      username: env["NEO4J_BENCH_USERNAME"] ?? "neo4j",
      password: env["NEO4J_BENCH_PASSWORD"] ?? "neo4j",
    };
    return { target, origin: "NEO4J_BENCH_URI", stop: () => Promise.resolve() };
  }
  const [boltPort, httpPort] = await findFreePorts(2);
  const server = await startLocalNeo4j({
    stateDir: join(stateDir),
    ...(boltPort === undefined ? {} : { boltPort }),
    ...(httpPort === undefined ? {} : { httpPort }),
    heapSize: "2g",
    pageCacheSize: "1g",
  });
  return {
    target: { uri: server.boltUri, username: server.username, password: "unused" },
    origin: "local-db",
    stop: () => server.stop(),
  };
}
