import { readFile, writeFile } from "node:fs/promises";
import { baselinePhase } from "./phases/baseline-phase.ts";
import { ceilingPhase } from "./phases/ceiling-phase.ts";
import { extractPhase } from "./phases/extract-phase.ts";
import { extractWorkersPhase } from "./phases/extract-workers-phase.ts";
import { loadPhase } from "./phases/load-phase.ts";

/**
 * A child process that runs one phase: `phase-main.ts <phase> <input.json> <output.json>`. Each
 * phase runs alone in its own process so that its peak memory (maxRSS) is its own.
 */
const PHASES: Readonly<Record<string, (input: never) => Promise<unknown>>> = {
  extract: extractPhase,
  "extract-workers": extractWorkersPhase,
  load: loadPhase,
  baseline: baselinePhase,
  ceiling: ceilingPhase,
};

const [phase = "", inputPath = "", outputPath = ""] = process.argv.slice(2);
const run = PHASES[phase];
if (run === undefined)
  throw new Error(`unknown phase ${phase}; one of ${Object.keys(PHASES).join(", ")}`);
const input = JSON.parse(await readFile(inputPath, "utf8")) as never;
const result = await run(input);
// maxRSS is in kilobytes.
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
await writeFile(outputPath, JSON.stringify({ result, maxRssBytes }));
