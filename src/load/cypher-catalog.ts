import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { NewsgraphError } from "../errors.ts";
import { WRITE_STATEMENTS } from "../plan/statement-names.ts";

/** The Cypher the loader runs, read once at start-up from `cypher/`. */
export interface CypherCatalog {
  /** Constraints and indexes, in file-name order. */
  readonly schema: readonly string[];
  /** Write statements by name: every name in WRITE_STATEMENTS. */
  readonly write: ReadonlyMap<string, string>;
  /** The loader's own reads: changed-articles, article-keys, schema-rules. */
  readonly read: ReadonlyMap<string, string>;
}

export const READ_STATEMENTS = ["changed-articles", "article-keys", "schema-rules"] as const;
export type ReadStatement = (typeof READ_STATEMENTS)[number];

const CYPHER_ROOT = fileURLToPath(new URL("../../cypher/", import.meta.url));

/**
 * Prefixed to the loader's reads and writes. Neo4j plans a statement again whenever the graph's
 * statistics have moved far enough since its plan was cached; a load changes them all the time,
 * so without this a reload after a big load re-planned every statement (about 3 s for the ~35
 * statements on a 10k-article graph, more than the reload's own work). Every statement here finds
 * its nodes and relationships through a uniqueness constraint or from a node already bound, so
 * the plan does not depend on how big the graph is (a 10k-article load planned on an empty graph
 * took as long as one planned as it grew). Saved queries are not prefixed.
 */
export const PLAN_OPTION = "CYPHER replan=skip";

/**
 * Reads every statement the loader needs. A missing file, or a file no statement name knows,
 * fails here rather than halfway through a load.
 */
export async function readCypherCatalog(root: string = CYPHER_ROOT): Promise<CypherCatalog> {
  const schema = await readDirectory(join(root, "schema"));
  return {
    schema: [...schema.values()],
    write: withPlanOption(
      requireExactly(await readDirectory(join(root, "write")), WRITE_STATEMENTS, "write"),
    ),
    read: withPlanOption(
      requireExactly(await readDirectory(join(root, "read")), READ_STATEMENTS, "read"),
    ),
  };
}

async function readDirectory(directory: string): Promise<Map<string, string>> {
  const names = (await readdir(directory)).filter((name) => name.endsWith(".cypher")).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(directory, name), "utf8")));
  return new Map(names.map((name, i) => [name.slice(0, -".cypher".length), texts[i] ?? ""]));
}

function requireExactly(
  files: Map<string, string>,
  names: readonly string[],
  folder: string,
): Map<string, string> {
  const missing = names.filter((name) => !files.has(name));
  const unknown = [...files.keys()].filter((name) => !names.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    const problems = [
      ...missing.map((name) => `missing cypher/${folder}/${name}.cypher`),
      ...unknown.map((name) => `unknown cypher/${folder}/${name}.cypher`),
    ];
    throw new NewsgraphError(
      "internal",
      `the Cypher statements are out of step with the code: ${problems.join(", ")}`,
    );
  }
  return files;
}

function withPlanOption(statements: Map<string, string>): Map<string, string> {
  return new Map([...statements].map(([name, text]) => [name, `${PLAN_OPTION}\n${text}`]));
}

/** The text of a statement the catalog is known to hold. */
export function statementText(statements: ReadonlyMap<string, string>, name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new NewsgraphError("internal", `no Cypher statement named ${name}`);
  return text;
}
