import type { Driver } from "../../src/neo4j/with-driver.ts";

export interface GraphExport {
  nodes: unknown[];
  relationships: unknown[];
}

/** Every node and relationship with its properties, as sorted JSON lines: equal graphs, equal exports. */
export async function exportGraph(driver: Driver, database?: string): Promise<GraphExport> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties",
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS properties",
    {},
    { database },
  );
  return {
    nodes: sortedPlain(nodes.records.map((record) => record.toObject())),
    relationships: sortedPlain(relationships.records.map((record) => record.toObject())),
  };
}

function sortedPlain(items: readonly unknown[]): unknown[] {
  return items
    .map(stableJson)
    .sort()
    .map((json) => JSON.parse(json) as unknown);
}

/** JSON with object keys sorted and temporal values as ISO strings. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
    if (isTemporal(item)) return item.toStandardDate().toISOString();
    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries);
  });
}

/** The driver's DateTime, as stored for Article.publishedAt. */
interface Temporal {
  toStandardDate(): Date;
}

function isTemporal(item: object): item is Temporal {
  return "toStandardDate" in item && typeof item.toStandardDate === "function";
}

export async function clearGraph(driver: Driver, database?: string): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database });
}
