import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The launcher npm's scripts run: it builds dist/ when a source changed, then starts node. */
const LAUNCH = fileURLToPath(new URL("../../bin/launch", import.meta.url));

/** Where a CLI child connects: the same variables a user sets in the environment or `.env`. */
export interface CliDatabase {
  readonly uri: string;
  readonly username?: string;
  readonly password?: string;
  readonly database?: string | undefined;
}

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliChild {
  readonly process: ChildProcess;
  /** Output so far; complete once `result` has settled. */
  readonly output: () => { stdout: string; stderr: string };
  readonly result: Promise<CliResult>;
}

/**
 * Starts `newsgraph <args…>` the way `npm run` does (`bin/launch cli`: the built entry point,
 * with node's flags), in its own process so exit codes, output and signals are the real ones.
 * The child gets no NEO4J_* variable from this process, only `database`'s, and runs in `cwd`,
 * where there is no `.env` to read.
 */
export function startCli(args: readonly string[], cwd: string, database: CliDatabase): CliChild {
  const child = spawn(LAUNCH, ["cli", ...args], {
    cwd,
    env: childEnvironment(database),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const result = new Promise<CliResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { process: child, output: () => ({ stdout, stderr }), result };
}

export function runCli(
  args: readonly string[],
  cwd: string,
  database: CliDatabase,
): Promise<CliResult> {
  return startCli(args, cwd, database).result;
}

function childEnvironment(database: CliDatabase): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith("NEO4J_"));
  return {
    ...Object.fromEntries(inherited),
    NEO4J_URI: database.uri,
    NEO4J_USERNAME: database.username ?? "neo4j",
    NEO4J_PASSWORD: database.password ?? "unused-password",
    ...(database.database === undefined ? {} : { NEO4J_DATABASE: database.database }),
  };
}

/** The `articles: …` line of a load summary as numbers. */
export function parseArticleCounts(stdout: string): Record<string, number> {
  const line = /^articles: (\d+) loaded, (\d+) unchanged, (\d+) removed, (\d+) failed$/m.exec(
    stdout,
  );
  if (line === null) throw new Error(`no articles line in the load summary:\n${stdout}`);
  const [loaded, unchanged, removed, failed] = line.slice(1).map(Number);
  return {
    loaded: loaded ?? 0,
    unchanged: unchanged ?? 0,
    removed: removed ?? 0,
    failed: failed ?? 0,
  };
}
