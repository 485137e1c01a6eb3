import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { NewsgraphError } from "../errors.ts";
import { renderClassPathArgFile } from "./jvm-arguments.ts";
import type { ServerPaths } from "./jvm-arguments.ts";
import { renderNeo4jConf } from "./render-neo4j-conf.ts";
import { lastLines, runCommand } from "./run-command.ts";
import type { ServerSettings } from "./server-options.ts";

const ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand";

export interface PreparedHome extends ServerPaths {
  readonly logFile: string;
}

/** Writes conf and class path into the state folder, which doubles as NEO4J_HOME. */
export async function prepareHome(
  stateDir: string,
  settings: ServerSettings,
  classPath: string,
): Promise<PreparedHome> {
  const home: PreparedHome = {
    homeDir: stateDir,
    confDir: join(stateDir, "conf"),
    classPathArgFile: join(stateDir, "classpath.args"),
    logFile: join(stateDir, "logs", "console.log"),
  };
  await mkdir(home.confDir, { recursive: true });
  await mkdir(join(stateDir, "logs"), { recursive: true });
  await writeFile(join(home.confDir, "neo4j.conf"), renderNeo4jConf(settings));
  await writeFile(home.classPathArgFile, renderClassPathArgFile(classPath));
  if (settings.password !== undefined && !hasStartedBefore(stateDir)) {
    await setInitialPassword(home, settings.password);
  }
  return home;
}

/** The system database exists once the server has run; the initial password only counts before. */
function hasStartedBefore(stateDir: string): boolean {
  return existsSync(join(stateDir, "data", "databases", "system"));
}

async function setInitialPassword(home: ServerPaths, password: string): Promise<void> {
  const args = [
    `@${home.classPathArgFile}`,
    ADMIN_ENTRY_POINT,
    "dbms",
    "set-initial-password",
    password,
  ];
  const result = await runCommand("java", args, {
    env: { ...process.env, NEO4J_HOME: home.homeDir, NEO4J_CONF: home.confDir },
    timeoutMs: 120_000,
  });
  if (result.code === 0) return;
  throw new NewsgraphError(
    "local-db",
    `could not set the initial password of the local Neo4j in ${home.homeDir}:\n` +
      lastLines(result.stdout + result.stderr),
    { context: { path: home.homeDir } },
  );
}
