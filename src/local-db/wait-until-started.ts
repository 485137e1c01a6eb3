import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { NewsgraphError } from "../errors.ts";
import { isBoltReachable } from "./is-bolt-reachable.ts";
import { sleep } from "./server-process.ts";
import { lastLines } from "./run-command.ts";

export interface StartWatch {
  readonly child: ChildProcess;
  readonly logFile: string;
  readonly host: string;
  readonly boltPort: number;
  readonly timeoutMs: number;
}

/**
 * Resolves once the server logged "Started." and its Bolt port answers; Neo4j opens Bolt before
 * it is ready to serve, so the port alone is not enough. Throws, naming the log, when the process
 * exits first or the time runs out.
 */
export async function waitUntilStarted(watch: StartWatch): Promise<void> {
  const exited = exitOf(watch.child);
  const deadline = Date.now() + watch.timeoutMs;
  while (Date.now() < deadline) {
    const exit = exited.current;
    if (exit !== undefined)
      throw await startFailure(watch, `the server exited (${exit}) before it started`);
    if (
      (await hasLoggedStarted(watch.logFile)) &&
      (await isBoltReachable(watch.host, watch.boltPort))
    ) {
      return;
    }
    await sleep(250);
  }
  throw await startFailure(
    watch,
    `the server did not start within ${Math.round(watch.timeoutMs / 1000)} s`,
  );
}

function exitOf(child: ChildProcess): { current: string | undefined } {
  const state: { current: string | undefined } = { current: undefined };
  if (child.exitCode !== null) state.current = `exit code ${child.exitCode}`;
  child.once("exit", (code, signal) => {
    state.current = code === null ? `signal ${signal ?? "unknown"}` : `exit code ${code}`;
  });
  return state;
}

async function hasLoggedStarted(logFile: string): Promise<boolean> {
  return /\bINFO +Started\.$/m.test(await readLog(logFile));
}

async function readLog(logFile: string): Promise<string> {
  try {
    return await readFile(logFile, "utf8");
  } catch {
    return "";
  }
}

async function startFailure(watch: StartWatch, what: string): Promise<NewsgraphError> {
  return new NewsgraphError(
    "local-db",
    `${what}; see ${watch.logFile} (and debug.log beside it). Its last lines:\n${lastLines(await readLog(watch.logFile))}`,
    { context: { path: watch.logFile } },
  );
}
