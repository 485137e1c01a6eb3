import { z } from "zod";
import {
  parseCommandArgs,
  usageError,
  validateCommandArgs,
  type CommandUsage,
} from "../command-args.ts";
import { runEval, type EvalReport } from "../../eval/run-eval.ts";

const USAGE: CommandUsage = {
  command: "eval",
  usage: "npm run eval -- [--split dev|heldout] [--details] [--json] [--fixtures DIR]",
};

const ArgsSchema = z.object({
  split: z
    .array(z.enum(["dev", "heldout"], { message: "--split is dev or heldout" }))
    .default(["dev", "heldout"]),
  fixtures: z.string().default("test/fixtures"),
  json: z.boolean().default(false),
  details: z.boolean().default(false),
});

/** `eval [--split dev|heldout] [--details] [--json]`: precision, recall and F1 per type. */
export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      split: { type: "string", multiple: true },
      fixtures: { type: "string" },
      json: { type: "boolean" },
      details: { type: "boolean" },
    },
    USAGE,
  );
  if (positionals.length > 0) throw usageError(USAGE, `unexpected ${positionals.join(" ")}`);
  const args = validateCommandArgs(ArgsSchema, values, USAGE);
  const reports: EvalReport[] = [];
  for (const split of args.split) reports.push(await runEval(args.fixtures, split));
  if (args.json)
    process.stdout.write(
      `${JSON.stringify(
        reports.map(({ scores: _s, ...r }) => r),
        null,
        2,
      )}\n`,
    );
  else for (const r of reports) process.stdout.write(formatReport(r, args.details));
  return 0;
}

function formatReport(report: EvalReport, details: boolean): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `\n${report.split}: ${report.articles} articles`,
    `${"type".padEnd(16)}${"tp".padStart(5)}${"fp".padStart(5)}${"fn".padStart(5)}${"P".padStart(8)}${"R".padStart(8)}${"F1".padStart(8)}`,
  ];
  for (const r of report.rows)
    lines.push(
      `${r.type.padEnd(16)}${String(r.tp).padStart(5)}${String(r.fp).padStart(5)}${String(r.fn).padStart(5)}${pct(r.precision).padStart(8)}${pct(r.recall).padStart(8)}${pct(r.f1).padStart(8)}`,
    );
  if (details) {
    for (const [type, s] of Object.entries(report.scores)) {
      for (const m of s.misses) lines.push(`  miss ${type.padEnd(12)} ${m}`);
      for (const m of s.falsePositives) lines.push(`  extra ${type.padEnd(11)} ${m}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
