import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, freemem, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseBenchArgs } from "./bench-args.ts";
import { measureSize, type SizeResult } from "./measure-size.ts";
import { formatTables } from "./report/format-table.ts";
import { sizeFigures } from "./report/size-figures.ts";
import { checkTargets } from "./report/targets.ts";

/**
 * `npm run bench`: for each corpus size, generate, extract and load (newsgraph, naive baseline,
 * ceiling) in one run, then print the table and write bench/results/<timestamp>.json.
 */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const workDir = await mkdtemp(join(tmpdir(), "newsgraph-bench-"));
  const log = (line: string) =>
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  const results: SizeResult[] = [];
  try {
    for (const size of args.sizes) results.push(await measureSize(size, args, workDir, log));
  } finally {
    if (!args.keep) await rm(workDir, { recursive: true, force: true });
    else log(`kept ${workDir}`);
  }
  const figures = results.map(sizeFigures);
  const targets = checkTargets(figures);
  const machine = machineInfo(results);
  process.stdout.write(`${describeMachine(machine)}\n\n${formatTables(figures, targets)}`);
  const file = await writeResults({ args, machine, figures, targets, results });
  process.stdout.write(`\nresults: ${file}\n`);
  const failures = failedPhases(results);
  if (failures.length > 0) {
    process.stderr.write(`\nphases that failed (their figures are n/a):\n${failures.join("\n")}\n`);
    process.exitCode = 1;
  }
}

const PHASES = ["extract", "extractWorkers", "load", "baseline", "ceiling"] as const;

/** One line per phase that failed: the size, the phase and its reason. */
function failedPhases(results: readonly SizeResult[]): string[] {
  return results.flatMap((result) =>
    PHASES.flatMap((phase) => {
      const outcome = result[phase];
      return outcome.ok ? [] : [`  ${result.size} ${phase}: ${outcome.reason}`];
    }),
  );
}

function machineInfo(results: readonly SizeResult[]) {
  const loaded = results
    .map((r) => (r.load.ok ? r.load.result.neo4jVersion : undefined))
    .find(Boolean);
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGB: Number((freemem() / 2 ** 30).toFixed(1)),
    os: `${platform()} ${release()}`,
    node: process.version,
    neo4j: loaded ?? "unknown",
    neo4jServer: results[0]?.neo4j ?? "unknown",
  };
}

function describeMachine(m: ReturnType<typeof machineInfo>): string {
  return `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}, Neo4j ${m.neo4j} (${m.neo4jServer})`;
}

async function writeResults(data: unknown): Promise<string> {
  const dir = new URL("./results/", import.meta.url);
  await mkdir(dir, { recursive: true });
  const file = join(
    dir.pathname,
    `${new Date().toISOString().replaceAll(":", "-").slice(0, 19)}.json`,
  );
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

await main();
