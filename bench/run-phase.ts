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

/**
 * The phases run as `npm run extract` and `npm run load` do: through bin/launch, which builds
 * dist/ when a source changed and starts node with the flags extraction needs (docs/bench.md,
 * "How node is started"), on the bundle of phase-main.ts.
 */
const LAUNCH = fileURLToPath(new URL("../bin/launch", import.meta.url));

/**
 * Runs a phase in a child Node process (bin/launch, bench-phase), killed when it overruns its
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
  const child = spawn(LAUNCH, [...profile, "bench-phase", phase, inputPath, outputPath], {
    stdio: ["ignore", "inherit", "pipe"],
  });
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
