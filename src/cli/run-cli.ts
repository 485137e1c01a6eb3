import { NewsgraphError, describeCause } from "../errors.ts";
import { exitCodeFor, printError } from "./output.ts";

type Command = (argv: string[]) => Promise<number>;

/** Each command lives in its own file and is loaded only when asked for. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  load: async () => (await import("./commands/load.ts")).loadCommand,
  extract: async () => (await import("./commands/extract.ts")).extractCommand,
  query: async () => (await import("./commands/query.ts")).queryCommand,
  eval: async () => (await import("./commands/eval.ts")).evalCommand,
  db: async () => (await import("./commands/db.ts")).dbCommand,
};

const USAGE = `usage: newsgraph <command> [options]

commands:
  load [paths…]        read, extract and write articles to Neo4j (default: seeds/)
  extract <paths…>     print the extracted graph of each article as JSON Lines
  query <name>         run a saved query from cypher/queries/ (--list to list them)
  eval                 extraction quality against the gold annotations
  db start|stop|status the local Neo4j`;

/** The one place that catches, prints and turns errors into exit codes. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load === undefined) {
    process.stderr.write(`${name === undefined ? "" : `unknown command: ${name}\n`}${USAGE}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest);
  } catch (error) {
    if (!(error instanceof NewsgraphError)) return internalFailure(error);
    printError(error);
    return exitCodeFor(error);
  }
}

/** Printed once, as a failure newsgraph did not foresee (NEWSGRAPH_DEBUG=1 adds the stack). */
function internalFailure(error: unknown): number {
  process.stderr.write(`newsgraph: unexpected failure: ${describeCause(error)}\n`);
  if (process.env["NEWSGRAPH_DEBUG"] && error instanceof Error)
    process.stderr.write(`${error.stack ?? ""}\n`);
  return 2;
}
