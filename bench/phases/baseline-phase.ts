import type { Driver } from "../../src/neo4j/with-driver.ts";
import { withDriver } from "../../src/neo4j/with-driver.ts";
import { benchCypher } from "./bench-cypher.ts";
import { clearDatabase, runSchema, type BenchTarget } from "./bench-database.ts";
import { readDocuments } from "./documents-file.ts";
import { documentGraph } from "./graph-statements.ts";

export interface BaselineInput {
  readonly target: BenchTarget;
  readonly documentsPath: string;
  /** Articles to write: the baseline is slow, so large corpora are measured on a prefix. */
  readonly prefix: number;
}

export interface BaselineResult {
  readonly articles: number;
  readonly statements: number;
  readonly ms: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
}

const RELATIONSHIP_STATEMENTS = [
  "MENTIONS",
  "REPORTS",
  "MET_WITH",
  "OPPOSES",
  "FUNDS",
  "REPRESENTS",
  "PARTICIPATED_IN",
  "CONCERNS",
];

/**
 * The naive baseline, as LLM graph builders write: for every article, one MERGE per node and one
 * per relationship, each its own transaction, one after the other. It gets a uniqueness
 * constraint to seek on, so it is slow for the round trips and commits, not for scans.
 */
export async function baselinePhase(input: BaselineInput): Promise<BaselineResult> {
  const cypher = await baselineCypher();
  return withDriver(input.target, async (driver) => {
    await clearDatabase(driver);
    await runSchema(driver, "baseline-constraint", "await-indexes");
    const tally = { articles: 0, statements: 0, nodesCreated: 0, relationshipsCreated: 0 };
    const started = performance.now();
    for await (const document of readDocuments(input.documentsPath, input.prefix)) {
      const { nodes, relationships } = documentGraph(document);
      for (const { label, key, properties } of nodes) {
        tally.nodesCreated += await write(driver, cypher.node, { label, key, properties });
      }
      for (const { type, key, from, to, properties } of relationships) {
        const statement = cypher.relationships.get(type);
        if (statement === undefined) throw new Error(`no baseline statement for ${type}`);
        tally.relationshipsCreated += await write(
          driver,
          statement,
          { key, from, to, properties },
          "relationships",
        );
      }
      tally.statements += nodes.length + relationships.length;
      tally.articles += 1;
    }
    return { ...tally, ms: performance.now() - started };
  });
}

/** One statement in its own (auto-committed, retried) transaction; what it created. */
async function write(
  driver: Driver,
  cypher: string,
  parameters: Record<string, unknown>,
  counting: "nodes" | "relationships" = "nodes",
): Promise<number> {
  const { summary } = await driver.executeQuery(cypher, parameters);
  const updates = summary.counters.updates();
  return counting === "nodes" ? updates.nodesCreated : updates.relationshipsCreated;
}

async function baselineCypher(): Promise<{ node: string; relationships: Map<string, string> }> {
  const node = await benchCypher("baseline-node");
  const relationships = new Map<string, string>();
  for (const type of RELATIONSHIP_STATEMENTS) {
    relationships.set(
      type,
      await benchCypher(`baseline-${type.toLowerCase().replaceAll("_", "-")}`),
    );
  }
  return { node, relationships };
}
