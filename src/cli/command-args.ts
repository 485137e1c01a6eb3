import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";
import { describeCause, NewsgraphError, type ErrorKind } from "../errors.ts";

/** How a command names itself and its usage in the errors its arguments cause. */
export interface CommandUsage {
  readonly command: string;
  readonly usage: string;
  /** "config" for most commands; "query" for `npm run query`, whose errors share that kind. */
  readonly kind?: ErrorKind;
}

/** The option declarations `parseArgs` takes. */
type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * Splits `argv` into the command's options and positionals. An unknown option, or an option
 * missing its value, is a usage error naming the command, never a stack trace.
 */
export function parseCommandArgs<const O extends OptionsConfig>(
  argv: readonly string[],
  options: O,
  usage: CommandUsage,
) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw usageError(usage, describeCause(error), error);
  }
}

/** Checks the raw values with the command's schema; its first issue becomes the usage error. */
export function validateCommandArgs<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  usage: CommandUsage,
): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw usageError(usage, parsed.error.issues[0]?.message ?? "bad arguments", parsed.error);
  return parsed.data;
}

/** `<command>: <problem>` and, on the next line, how to call the command. */
export function usageError(usage: CommandUsage, problem: string, cause?: unknown): NewsgraphError {
  return new NewsgraphError(
    usage.kind ?? "config",
    `${usage.command}: ${problem}\nusage: ${usage.usage}`,
    { cause },
  );
}
