import { parseArgs } from "node:util";
import { z } from "zod";
import { NewsgraphError } from "../../errors.ts";

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

/** `query <name> [--param k=v]… [--format table|json|csv]` or `query --list`. */
export function parseQueryArgs(argv: readonly string[]): QueryArgs {
  const { values, positionals } = parseKnownArgs(argv);
  if (positionals.length > 1) throw usageError(`one query at a time, not ${positionals.join(" ")}`);
  const parsed = QueryArgsSchema.safeParse({
    list: values.list ?? false,
    name: positionals[0],
    params: values.param ?? [],
    format: values.format ?? "table",
  });
  if (!parsed.success) throw usageError(parsed.error.issues[0]?.message ?? "bad arguments");
  return parsed.data;
}

function parseKnownArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        list: { type: "boolean" },
        param: { type: "string", short: "p", multiple: true },
        format: { type: "string", short: "f" },
      },
    });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

function usageError(problem: string): NewsgraphError {
  return new NewsgraphError(
    "query",
    `${problem}\nusage: npm run query -- <name> [--param name=value]… [--format table|json|csv]\n       npm run query -- --list`,
  );
}
