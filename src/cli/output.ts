import { NewsgraphError, describeCause } from "../errors.ts";

export function printError(error: unknown): void {
  const message = error instanceof NewsgraphError ? error.message : describeCause(error);
  process.stderr.write(`newsgraph: ${message}\n`);
  if (process.env["NEWSGRAPH_DEBUG"] && error instanceof Error) {
    process.stderr.write(`${error.stack ?? ""}\n`);
  }
}

/** DESIGN.md: 1 some inputs failed, 2 configuration or connection error. */
export function exitCodeFor(error: NewsgraphError): number {
  return error.kind === "input" ? 1 : 2;
}
