/**
 * The small, typed family of errors newsgraph reports. Each carries what the user needs to act:
 * a message that says what to do next, its context, and the underlying cause.
 */
export type ErrorKind =
  | "input" // one article file could not be read or parsed; the rest of the run goes on
  | "config" // configuration is missing or invalid; nothing was written
  | "connection" // the database cannot be reached, refused the credentials, or lacks the database
  | "query" // a saved query is unknown or was called with bad parameters
  | "local-db" // the local Neo4j could not be started, stopped or inspected
  | "internal"; // a bug: a broken invariant inside newsgraph

export class NewsgraphError extends Error {
  readonly kind: ErrorKind;
  readonly context: Readonly<Record<string, string>>;

  constructor(
    kind: ErrorKind,
    message: string,
    options: { cause?: unknown; context?: Record<string, string> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "NewsgraphError";
    this.kind = kind;
    this.context = Object.freeze({ ...options.context });
  }
}

export function inputError(path: string, reason: string, cause?: unknown): NewsgraphError {
  return new NewsgraphError("input", `${path}: ${reason}`, { cause, context: { path } });
}

export function describeCause(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
