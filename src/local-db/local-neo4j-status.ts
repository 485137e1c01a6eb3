import { resolve } from "node:path";
import { boltUriOf, httpUrlOf, stopServer } from "./describe-server.ts";
import { fetchServerVersion } from "./http-discovery.ts";
import type { ServerVersion } from "./http-discovery.ts";
import { findRunningServer } from "./server-process.ts";

export type LocalNeo4jStatus =
  | { readonly running: false; readonly stateDir: string }
  | {
      readonly running: true;
      readonly stateDir: string;
      readonly pid: number;
      readonly boltUri: string;
      readonly httpUrl: string;
      readonly browserUrl: string;
      readonly authEnabled: boolean;
      readonly startedAt: string;
      /** Undefined while HTTP does not answer (still starting, or hung). */
      readonly server: ServerVersion | undefined;
    };

/** What the pid file of a state folder says runs, checked against the live process and HTTP. */
export async function localNeo4jStatus(stateDir: string): Promise<LocalNeo4jStatus> {
  const dir = resolve(stateDir);
  const record = await findRunningServer(dir);
  if (record === undefined) return { running: false, stateDir: dir };
  const httpUrl = httpUrlOf(record);
  return {
    running: true,
    stateDir: dir,
    pid: record.pid,
    boltUri: boltUriOf(record),
    httpUrl,
    browserUrl: `${httpUrl}/browser/`,
    authEnabled: record.authEnabled,
    startedAt: record.startedAt,
    server: await fetchServerVersion(httpUrl),
  };
}

/** Stops the detached server of a state folder; returns its pid, or undefined if none ran. */
export async function stopLocalNeo4j(stateDir: string): Promise<number | undefined> {
  const record = await findRunningServer(resolve(stateDir));
  if (record === undefined) return undefined;
  await stopServer(record);
  return record.pid;
}
