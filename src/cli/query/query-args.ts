import { z } from "zod";
import {
  parseCommandArgs,
  usageError,
  validateCommandArgs,
  type CommandUsage,
} from "../command-args.ts";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const ParamSchema = z
  .string()
  .regex(/^[^=]+=/, "write each parameter as --param name=value")
  .transform((text) => {
    const at = text.indexOf("=");
    return { name: text.slice(0, at).trim(), text: text.slice(at + 1) };
  });

const QueryArgsSchema = z.discriminatedUnion("list", [
  z.object({ list: z.literal(true) }),
  z.object({
    list: z.literal(false),
    name: z.string({ message: "name the saved query to run (npm run query -- --list shows them)" }),
    params: z.array(ParamSchema),
    format: z.enum(OUTPUT_FORMATS, { message: `--format is one of ${OUTPUT_FORMATS.join(", ")}` }),
  }),
]);

export type QueryArgs = z.infer<typeof QueryArgsSchema>;

const USAGE: CommandUsage = {
  command: "query",
  usage:
    "npm run query -- <name> [--param name=value]… [--format table|json|csv]\n       npm run query -- --list",
  kind: "query",
};

/** `query <name> [--param k=v]… [--format table|json|csv]` or `query --list`. */
export function parseQueryArgs(argv: readonly string[]): QueryArgs {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      list: { type: "boolean" },
      param: { type: "string", short: "p", multiple: true },
      format: { type: "string", short: "f" },
    },
    USAGE,
  );
  if (positionals.length > 1)
    throw usageError(USAGE, `one query at a time, not ${positionals.join(" ")}`);
  return validateCommandArgs(
    QueryArgsSchema,
    {
      list: values.list ?? false,
      name: positionals[0],
      params: values.param ?? [],
      format: values.format ?? "table",
    },
    USAGE,
  );
}
