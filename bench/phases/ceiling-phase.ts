import { withDriver } from "../../src/neo4j/with-driver.ts";
import { runWriteTransaction } from "../../src/neo4j/run-statements.ts";
import { benchCypher } from "./bench-cypher.ts";
import { clearDatabase, runSchema, type BenchTarget } from "./bench-database.ts";
import { readDocuments } from "./documents-file.ts";
import { documentGraph } from "./graph-statements.ts";

export interface CeilingInput {
  readonly target: BenchTarget;
  readonly documentsPath: string;
  /** Rows per UNWIND statement and transaction. */
  readonly batchRows: number;
}

export interface CeilingResult {
  readonly ms: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
}

type Rows = Map<string, Record<string, unknown>[]>;

/**
 * The ceiling: the same distinct nodes and relationships written with `UNWIND $rows … CREATE`,
 * in large batches, no MERGE, no constraint, nothing read back. Nodes first (one pass over the
 * documents), then relationships (a second pass); only the keys seen are kept, for de-duplication.
 */
export async function ceilingPhase(input: CeilingInput): Promise<CeilingResult> {
  const cypher = {
    nodes: await benchCypher("ceiling-nodes"),
    relationships: await benchCypher("ceiling-relationships"),
  };
  return withDriver(input.target, async (driver) => {
    await clearDatabase(driver);
    const started = performance.now();
    await runSchema(driver, "ceiling-index", "await-indexes");
    const tally = { nodesCreated: 0, relationshipsCreated: 0 };
    const flush = async (
      rows: Rows,
      statement: string,
      parameter: "label" | "type",
      all = false,
    ) => {
      for (const [name, batch] of rows) {
        if (!all && batch.length < input.batchRows) continue;
        rows.delete(name);
        const [counts] = await runWriteTransaction(driver, undefined, [
          { cypher: statement, parameters: { [parameter]: name, rows: batch } },
        ]);
        tally.nodesCreated += counts?.nodesCreated ?? 0;
        tally.relationshipsCreated += counts?.relationshipsCreated ?? 0;
      }
    };
    const seen = new Set<string>();
    const nodes: Rows = new Map();
    for await (const document of readDocuments(input.documentsPath)) {
      for (const node of documentGraph(document).nodes) {
        if (seen.has(node.key)) continue;
        seen.add(node.key);
        add(nodes, node.label, { properties: { key: node.key, ...node.properties } });
      }
      await flush(nodes, cypher.nodes, "label");
    }
    await flush(nodes, cypher.nodes, "label", true);
    seen.clear();
    const relationships: Rows = new Map();
    for await (const document of readDocuments(input.documentsPath)) {
      for (const { type, key, from, to, properties } of documentGraph(document).relationships) {
        if (seen.has(key)) continue;
        seen.add(key);
        add(relationships, type, {
          from,
          to,
          properties: type === "MENTIONS" || type === "REPORTS" ? {} : { key, ...properties },
        });
      }
      await flush(relationships, cypher.relationships, "type");
    }
    await flush(relationships, cypher.relationships, "type", true);
    return { ...tally, ms: performance.now() - started };
  });
}

function add(rows: Rows, name: string, row: Record<string, unknown>): void {
  const batch = rows.get(name) ?? [];
  batch.push(row);
  rows.set(name, batch);
}
