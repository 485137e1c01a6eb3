import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A phase's outcome as data: its result and peak memory, or why it has none. */
export type PhaseOutcome<T> =
  | { readonly ok: true; readonly result: T; readonly maxRssBytes: number; readonly wallMs: number }
  | { readonly ok: false; readonly reason: string; readonly wallMs: number };

export interface PhaseOptions {
  /** Folder for the phase's input and output files. */
  readonly workDir: string;
  readonly timeoutMs: number;
  /** Folder for a V8 CPU profile of the phase (`node --cpu-prof`), when profiling. */
  readonly cpuProfileDir?: string;
}

const PHASE_MAIN = fileURLToPath(new URL("./phase-main.ts", import.meta.url));
/**
 * As `npm run extract` and `npm run load` start node (package.json): V8 compiles each regular
 * expression to machine code on its first search instead of interpreting it first, which the
 * extraction's ~800 patterns, a few of them thousands of characters long, pay for on the first
 * articles of every process (docs/bench.md). A V8 flag is only safe on the command line: node
 * refuses it in NODE_OPTIONS, and set at run time it crashed concurrent loaders.
 */
const NODE_FLAGS = ["--no-regexp-tier-up"];

/**
 * Runs a phase in a child Node process (NODE_FLAGS, `--import tsx`), killed when it overruns its
 * time. A failed or killed phase is reported, and the benchmark goes on with the next.
 */
export async function runPhase<T>(
  phase: string,
  input: unknown,
  options: PhaseOptions,
): Promise<PhaseOutcome<T>> {
  const inputPath = join(options.workDir, `${phase}.input.json`);
  const outputPath = join(options.workDir, `${phase}.output.json`);
  await writeFile(inputPath, JSON.stringify(input));
  const profile =
    options.cpuProfileDir === undefined
      ? []
      : ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`];
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...profile, ...NODE_FLAGS, "--import", "tsx", PHASE_MAIN, phase, inputPath, outputPath],
    {
      stdio: ["ignore", "inherit", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  clearTimeout(timer);
  const wallMs = performance.now() - started;
  if (code !== 0) {
    const reason =
      code === null
        ? `timed out after ${Math.round(options.timeoutMs / 1000)} s`
        : `exit ${code}: ${lastLine(stderr)}`;
    return { ok: false, reason, wallMs };
  }
  const { result, maxRssBytes } = JSON.parse(await readFile(outputPath, "utf8")) as {
    result: T;
    maxRssBytes: number;
  };
  return { ok: true, result, maxRssBytes, wallMs };
}

/** The error's own line from a Node stack dump, else the last line written. */
function lastLine(text: string): string {
  const lines = text
    .trim()
    .split("\n")
    .map((line) => line.trim());
  return lines.find((line) => /^\w*Error\b|^error:/i.test(line)) ?? lines.at(-1) ?? "";
}
