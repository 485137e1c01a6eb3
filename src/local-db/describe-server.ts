import type { PidRecord } from "./pid-record.ts";
import { LOCAL_HOST } from "./server-options.ts";
import type { LocalNeo4j } from "./server-options.ts";
import { isOurServerProcess, removePidFile, stopProcess } from "./server-process.ts";
import { join } from "node:path";

export function boltUriOf(record: Pick<PidRecord, "boltPort">): string {
  return `bolt://${LOCAL_HOST}:${record.boltPort}`;
}

export function httpUrlOf(record: Pick<PidRecord, "httpPort">): string {
  return `http://${LOCAL_HOST}:${record.httpPort}`;
}

/** The handle callers get, whether the server was just started or found running. */
export function describeServer(
  record: PidRecord,
  password: string | undefined,
  reused: boolean,
): LocalNeo4j {
  const httpUrl = httpUrlOf(record);
  return {
    boltUri: boltUriOf(record),
    httpUrl,
    browserUrl: `${httpUrl}/browser/`,
    username: "neo4j",
    password: record.authEnabled ? (password ?? "") : "",
    authEnabled: record.authEnabled,
    pid: record.pid,
    reused,
    logFile: join(record.homeDir, "logs", "console.log"),
    stop: () => stopServer(record),
  };
}

/** Stops the server only while the pid still belongs to it; a reused pid is left alone. */
export async function stopServer(record: PidRecord): Promise<void> {
  if (await isOurServerProcess(record)) await stopProcess(record.pid);
  await removePidFile(record.homeDir);
}
