/** How to run a local Neo4j server; everything but the state folder has a default. */
export interface LocalNeo4jOptions {
  /** Holds neo4j.conf, data/, logs/ and the pid file; created when missing. */
  readonly stateDir: string;
  /** Defaults to 7687. */
  readonly boltPort?: number;
  /** Defaults to 7474. */
  readonly httpPort?: number;
  /**
   * Initial password of user `neo4j` (8+ characters), set before the first start only.
   * Omit it to run with authentication disabled, for throwaway test servers.
   */
  readonly password?: string;
  /** Detached: the server outlives this process and is found again through its pid file. */
  readonly detached?: boolean;
  /** JVM heap, -Xms and -Xmx alike, in Neo4j's size syntax; defaults to 512m. */
  readonly heapSize?: string;
  /** server.memory.pagecache.size; defaults to 256m. */
  readonly pageCacheSize?: string;
  /** How long to wait for "Started." and an answering Bolt port; defaults to 120 s. */
  readonly startTimeoutMs?: number;
}

/** A running server and how to reach it. */
export interface LocalNeo4j {
  readonly boltUri: string;
  readonly httpUrl: string;
  /** Neo4j Browser, served by the server itself. */
  readonly browserUrl: string;
  readonly username: string;
  /** The configured password, or "" when authentication is disabled (any password is accepted). */
  readonly password: string;
  readonly authEnabled: boolean;
  readonly pid: number;
  /** True when a detached server from an earlier start was already running and is reused. */
  readonly reused: boolean;
  readonly logFile: string;
  /** Stops the server and waits until the process is gone. */
  stop(): Promise<void>;
}

export const LOCAL_HOST = "127.0.0.1";

/** The options with every default filled in. */
export interface ServerSettings {
  readonly stateDir: string;
  readonly host: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly password: string | undefined;
  readonly detached: boolean;
  readonly heapSize: string;
  readonly pageCacheSize: string;
  readonly startTimeoutMs: number;
}

export function resolveSettings(options: LocalNeo4jOptions): ServerSettings {
  return {
    stateDir: options.stateDir,
    host: LOCAL_HOST,
    boltPort: options.boltPort ?? 7687,
    httpPort: options.httpPort ?? 7474,
    password: options.password,
    detached: options.detached ?? false,
    heapSize: options.heapSize ?? "512m",
    pageCacheSize: options.pageCacheSize ?? "256m",
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
  };
}
