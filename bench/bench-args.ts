import { parseArgs } from "node:util";

export interface BenchArgs {
  readonly sizes: readonly number[];
  readonly seed: number;
  /** Articles the naive baseline is measured on (and newsgraph alongside it); all when smaller. */
  readonly baselinePrefix: number;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly phaseTimeoutMs: number;
  readonly profile: boolean;
  readonly keep: boolean;
}

const USAGE =
  "usage: npm run bench -- [--size 1k|10k|50k | --sizes 1k,10k] [--seed N] [--baseline-prefix N] " +
  "[--batch-size N] [--concurrency N] [--phase-timeout-min N] [--profile] [--keep]";

/** `npm run bench` arguments; defaults: 1k articles, seed 1, the load command's batch settings. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: "string" },
      sizes: { type: "string" },
      seed: { type: "string", default: "1" },
      "baseline-prefix": { type: "string", default: "1000" },
      "batch-size": { type: "string", default: "500" },
      concurrency: { type: "string", default: "2" },
      "phase-timeout-min": { type: "string", default: "30" },
      profile: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
    },
  });
  const sizes = (values.sizes ?? values.size ?? "1k").split(",").map(parseSize);
  return {
    sizes,
    seed: count("seed", values.seed),
    baselinePrefix: count("baseline-prefix", values["baseline-prefix"]),
    batchSize: count("batch-size", values["batch-size"]),
    concurrency: count("concurrency", values.concurrency),
    phaseTimeoutMs: count("phase-timeout-min", values["phase-timeout-min"]) * 60_000,
    profile: values.profile,
    keep: values.keep,
  };
}

/** "1k" → 1000, "50k" → 50000, "2500" → 2500. */
export function parseSize(text: string): number {
  const match = /^(\d+)(k?)$/i.exec(text.trim());
  if (match === null) throw new Error(`bad size "${text}"; ${USAGE}`);
  return Number(match[1]) * (match[2] === "" ? 1 : 1000);
}

function count(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, got "${text}"; ${USAGE}`);
  return value;
}
