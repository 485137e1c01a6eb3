import { parseArgs } from "node:util";
import { z } from "zod";
import { NewsgraphError } from "../../errors.ts";

const Count = (name: string, max: number) =>
  z.coerce
    .number({ message: `--${name} takes a number` })
    .int(`--${name} takes a whole number`)
    .min(1, `--${name} must be at least 1`)
    .max(max, `--${name} must be at most ${max}`);

const LoadArgsSchema = z.object({
  paths: z.array(z.string().min(1)).transform((paths) => (paths.length > 0 ? paths : ["seeds/"])),
  dryRun: z.boolean().default(false),
  verbose: z.boolean().default(false),
  json: z.boolean().default(false),
  sync: z.boolean().default(false),
  concurrency: Count("concurrency", 64).default(2),
  batchSize: Count("batch-size", 10_000).default(500),
});

export type LoadArgs = z.infer<typeof LoadArgsSchema>;

/** `load [paths…] [--dry-run] [--verbose] [--json] [--sync] [--concurrency N] [--batch-size N]`. */
export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  const { values, positionals } = parseKnownArgs(argv);
  const parsed = LoadArgsSchema.safeParse({
    paths: positionals,
    dryRun: values["dry-run"],
    verbose: values.verbose,
    json: values.json,
    sync: values.sync,
    concurrency: values.concurrency,
    batchSize: values["batch-size"],
  });
  if (!parsed.success)
    throw usageError(parsed.error.issues[0]?.message ?? "bad arguments", parsed.error);
  return parsed.data;
}

function parseKnownArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean" },
        verbose: { type: "boolean", short: "v" },
        json: { type: "boolean" },
        sync: { type: "boolean" },
        concurrency: { type: "string" },
        "batch-size": { type: "string" },
      },
    });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error), error);
  }
}

function usageError(problem: string, cause: unknown): NewsgraphError {
  return new NewsgraphError(
    "config",
    `load: ${problem} (usage: npm run load -- [paths…] [--dry-run] [--json] [--sync] [--concurrency N] [--batch-size N])`,
    { cause },
  );
}
