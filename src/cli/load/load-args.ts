import { z } from "zod";
import { parseCommandArgs, validateCommandArgs, type CommandUsage } from "../command-args.ts";

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

const USAGE: CommandUsage = {
  command: "load",
  usage:
    "npm run load -- [paths…] [--dry-run] [--verbose] [--json] [--sync] [--concurrency N] [--batch-size N]",
};

/** `load [paths…] [--dry-run] [--verbose] [--json] [--sync] [--concurrency N] [--batch-size N]`. */
export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      "dry-run": { type: "boolean" },
      verbose: { type: "boolean", short: "v" },
      json: { type: "boolean" },
      sync: { type: "boolean" },
      concurrency: { type: "string" },
      "batch-size": { type: "string" },
    },
    USAGE,
  );
  return validateCommandArgs(
    LoadArgsSchema,
    {
      paths: positionals,
      dryRun: values["dry-run"],
      verbose: values.verbose,
      json: values.json,
      sync: values.sync,
      concurrency: values.concurrency,
      batchSize: values["batch-size"],
    },
    USAGE,
  );
}
