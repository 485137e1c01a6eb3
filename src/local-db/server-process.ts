import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isOurServerCommandLine, parsePidRecord, formatPidRecord } from "./pid-record.ts";
import type { PidRecord } from "./pid-record.ts";
import { runCommand } from "./run-command.ts";

export function pidFilePath(stateDir: string): string {
  return join(stateDir, "neo4j.pid");
}

export async function writePidFile(stateDir: string, record: PidRecord): Promise<void> {
  await writeFile(pidFilePath(stateDir), formatPidRecord(record));
}

export async function removePidFile(stateDir: string): Promise<void> {
  await rm(pidFilePath(stateDir), { force: true });
}

/** The record of the server that runs on this state folder now, or undefined (a stale file is removed). */
export async function findRunningServer(stateDir: string): Promise<PidRecord | undefined> {
  const record = await readPidFile(stateDir);
  if (record === undefined) return undefined;
  if (await isOurServerProcess(record)) return record;
  await removePidFile(stateDir);
  return undefined;
}

async function readPidFile(stateDir: string): Promise<PidRecord | undefined> {
  try {
    return parsePidRecord(await readFile(pidFilePath(stateDir), "utf8"));
  } catch {
    return undefined;
  }
}

export async function isOurServerProcess(record: PidRecord): Promise<boolean> {
  if (!isProcessAlive(record.pid)) return false;
  // -ww: the full command line, however wide; works with Linux procps and BSD ps alike.
  const result = await runCommand("ps", ["-ww", "-o", "args=", "-p", String(record.pid)]);
  return result.code === 0 && isOurServerCommandLine(result.stdout, record.homeDir);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** SIGTERM (Neo4j shuts down cleanly), then SIGKILL if it has not gone within the grace period. */
export async function stopProcess(pid: number, graceMs = 60_000): Promise<void> {
  if (!signal(pid, "SIGTERM")) return;
  if (await waitForExit(pid, graceMs)) return;
  signal(pid, "SIGKILL");
  await waitForExit(pid, 10_000);
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(200);
  }
  return !isProcessAlive(pid);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
