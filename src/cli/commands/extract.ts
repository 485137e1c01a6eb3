import { parseArgs } from "node:util";
import { z } from "zod";
import { NewsgraphError } from "../../errors.ts";
import { extractGraph } from "../../extract/extract-graph.ts";
import { readArticles } from "../../read/index.ts";

const ArgsSchema = z.object({
  positionals: z
    .array(z.string())
    .min(1, "give at least one file or folder: npm run extract -- seeds/"),
});

/** `extract <paths…>`: one JSON object per article on stdout; failures on stderr, exit 1. */
export async function extractCommand(argv: string[]): Promise<number> {
  const parsed = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const args = ArgsSchema.safeParse({ positionals: parsed.positionals });
  if (!args.success)
    throw new NewsgraphError("config", args.error.issues[0]?.message ?? "bad arguments");
  let failed = 0;
  for await (const outcome of readArticles(args.data.positionals)) {
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`newsgraph: ${outcome.path}: ${outcome.reason}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(extractGraph(outcome.article))}\n`);
  }
  return failed > 0 ? 1 : 0;
}
