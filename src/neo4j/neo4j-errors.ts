import { Neo4jError } from "neo4j-driver";
import { NewsgraphError } from "../errors.ts";

/** Where the loader was trying to connect, for messages that say what to check. */
export interface ConnectionTarget {
  readonly uri: string;
  readonly database: string | undefined;
}

const UNREACHABLE = new Set(["ServiceUnavailable", "SessionExpired"]);
const UNAUTHORIZED = new Set([
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Security.CredentialsExpired",
]);
const NO_DATABASE = new Set([
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.Database.DatabaseUnavailable",
]);

/**
 * The connection failure this error is, as a NewsgraphError("connection") that says what to do,
 * or undefined when the error is about the data or the statement. Decided on `code`, never on
 * the message text.
 */
export function asConnectionError(
  error: unknown,
  target: ConnectionTarget,
): NewsgraphError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const message = connectionMessage(error.code, target);
  return message === undefined
    ? undefined
    : new NewsgraphError("connection", message, { cause: error });
}

function connectionMessage(code: string, { uri, database }: ConnectionTarget): string | undefined {
  if (UNREACHABLE.has(code)) {
    return `nothing answers at ${uri}; start Neo4j (npm run db:start) or set NEO4J_URI in the environment or .env`;
  }
  if (UNAUTHORIZED.has(code)) {
    return `Neo4j at ${uri} refused the credentials; set NEO4J_USERNAME and NEO4J_PASSWORD in the environment or .env`;
  }
  if (NO_DATABASE.has(code)) {
    return `database "${database ?? "(default)"}" is not available at ${uri}; create it or set NEO4J_DATABASE to an existing one`;
  }
  return undefined;
}

/** A one-line reason for a failed write, with the server's code when there is one. */
export function describeWriteError(error: unknown): string {
  if (error instanceof Neo4jError) return `${error.code}: ${firstLine(error.message)}`;
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}

/**
 * Another loader created the same index or constraint a moment earlier: `IF NOT EXISTS` does not
 * cover two creations racing, the second fails with this code, and the rule is there as asked.
 */
export function isEquivalentSchemaRule(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
  );
}

/** A write refused by a uniqueness constraint, such as a claim on an article key that exists. */
export function isConstraintViolation(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === "Neo.ClientError.Schema.ConstraintValidationFailed"
  );
}
