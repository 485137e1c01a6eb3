import { z } from "zod";
import { parseCommandArgs, validateCommandArgs, type CommandUsage } from "../command-args.ts";
import { extractGraph } from "../../extract/extract-graph.ts";
import { readArticles } from "../../read/index.ts";

const USAGE: CommandUsage = { command: "extract", usage: "npm run extract -- <files or folders…>" };

const ArgsSchema = z.object({
  positionals: z
    .array(z.string())
    .min(1, "give at least one file or folder: npm run extract -- seeds/"),
});

/** `extract <paths…>`: one JSON object per article on stdout; failures on stderr, exit 1. */
export async function extractCommand(argv: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {}, USAGE);
  const args = validateCommandArgs(ArgsSchema, { positionals }, USAGE);
  let failed = 0;
  for await (const outcome of readArticles(args.positionals)) {
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`newsgraph: ${outcome.path}: ${outcome.reason}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(extractGraph(outcome.article))}\n`);
  }
  return failed > 0 ? 1 : 0;
}
