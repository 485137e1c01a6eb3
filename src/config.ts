import { z } from "zod";
import { NewsgraphError } from "./errors.ts";

/** Where the local Neo4j listens when nothing else is configured. */
export const LOCAL_BOLT_URI = "bolt://127.0.0.1:7687";
export const LOCAL_HTTP_URL = "http://127.0.0.1:7474";
export const DEFAULT_LOCAL_PASSWORD = "newsgraph-local";

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/,
      "must start with bolt://, neo4j://, bolt+s:// or neo4j+s://",
    )
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

export interface Neo4jConfig {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
  /** True when NEO4J_URI was not set and the local server is the target. */
  readonly isLocalDefault: boolean;
}

/** Parses the environment once into a frozen config; the library never reads process.env itself. */
export function parseNeo4jConfig(env: Record<string, string | undefined>): Neo4jConfig {
  const parsed = EnvSchema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "environment";
    throw new NewsgraphError(
      "config",
      `${where} ${issue?.message ?? "is invalid"}; fix it in the environment or .env (see .env.example)`,
      { cause: parsed.error },
    );
  }
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  return Object.freeze({
    uri: NEO4J_URI ?? LOCAL_BOLT_URI,
    username: NEO4J_USERNAME,
    password: NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD,
    database: NEO4J_DATABASE,
    isLocalDefault: NEO4J_URI === undefined,
  });
}

function emptyToUndefined(
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const keys = ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"] as const;
  return Object.fromEntries(keys.map((k) => [k, env[k] === "" ? undefined : env[k]]));
}
