import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { NewsgraphError } from "../errors.ts";
import { isBoltReachable } from "./is-bolt-reachable.ts";
import { requireJavaToolchain } from "./java-runtime.ts";
import { buildServerArguments } from "./jvm-arguments.ts";
import type { PidRecord } from "./pid-record.ts";
import { prepareHome } from "./prepare-home.ts";
import type { PreparedHome } from "./prepare-home.ts";
import { resolveClassPath } from "./resolve-class-path.ts";
import { findRunningServer, removePidFile, stopProcess, writePidFile } from "./server-process.ts";
import { resolveSettings } from "./server-options.ts";
import type { LocalNeo4j, LocalNeo4jOptions, ServerSettings } from "./server-options.ts";
import { describeServer } from "./describe-server.ts";
import { waitUntilStarted } from "./wait-until-started.ts";

/**
 * Starts Neo4j Community from Maven Central on the local Java, or reuses the detached server that
 * an earlier start left running on the same state folder.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const settings = { ...resolveSettings(options), stateDir: resolve(options.stateDir) };
  checkPassword(settings.password);
  await mkdir(settings.stateDir, { recursive: true });
  const running = await findRunningServer(settings.stateDir);
  if (running !== undefined) return describeServer(running, settings.password, true);
  await requirePortsFree(settings);
  await requireJavaToolchain();
  const home = await prepareHome(settings.stateDir, settings, await resolveClassPath());
  return launch(settings, home);
}

async function launch(settings: ServerSettings, home: PreparedHome): Promise<LocalNeo4j> {
  const { child, pid } = spawnServer(settings, home);
  const record: PidRecord = {
    pid,
    homeDir: home.homeDir,
    boltPort: settings.boltPort,
    httpPort: settings.httpPort,
    authEnabled: settings.password !== undefined,
    startedAt: new Date().toISOString(),
  };
  if (settings.detached) await writePidFile(settings.stateDir, record);
  try {
    await waitUntilStarted({
      child,
      logFile: home.logFile,
      ...settings,
      timeoutMs: settings.startTimeoutMs,
    });
  } catch (error) {
    await stopProcess(record.pid, 10_000);
    await removePidFile(settings.stateDir);
    throw error;
  }
  if (settings.detached) child.unref();
  else stopWithThisProcess(child);
  return describeServer(record, settings.password, false);
}

function spawnServer(
  settings: ServerSettings,
  home: PreparedHome,
): { child: ChildProcess; pid: number } {
  const log = openSync(home.logFile, "w");
  try {
    const child = spawn("java", buildServerArguments(settings, home), {
      cwd: home.homeDir,
      // Detached: its own session, so Ctrl-C on `db start` or the end of this process leaves it running.
      detached: settings.detached,
      stdio: ["ignore", log, log],
    });
    // A failed spawn also emits "error"; the missing pid below is how it is reported.
    child.once("error", () => undefined);
    if (child.pid === undefined) throw new NewsgraphError("local-db", "could not run `java`");
    return { child, pid: child.pid };
  } finally {
    closeSync(log);
  }
}

/** An attached server must not outlive a test run that crashed before calling stop(). */
function stopWithThisProcess(child: ChildProcess): void {
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  child.once("exit", () => process.removeListener("exit", kill));
}

function checkPassword(password: string | undefined): void {
  if (password === undefined || password.length >= 8) return;
  throw new NewsgraphError(
    "local-db",
    "Neo4j needs a password of at least 8 characters; set NEO4J_PASSWORD in .env (see .env.example)",
  );
}

async function requirePortsFree(settings: ServerSettings): Promise<void> {
  for (const port of [settings.boltPort, settings.httpPort]) {
    if (!(await isBoltReachable(settings.host, port))) continue;
    throw new NewsgraphError(
      "local-db",
      `${settings.host}:${port} is already taken by a program that this state folder did not start ` +
        `(${settings.stateDir}); stop it, or set NEO4J_URI to use that server instead`,
    );
  }
}
