import type { GraphDocument } from "../../src/model/graph-document.ts";
import type { Driver } from "../../src/neo4j/with-driver.ts";
import { relationshipKey } from "../../src/plan/relationship-key.ts";

/** What the graph holds of one article: what it links to and the facts that cite it. */
export interface ArticleFootprint {
  readonly linked: readonly string[];
  readonly relationshipKeys: readonly string[];
  readonly cited: readonly string[];
}

/** What a complete article leaves in the graph, from its extracted document. */
export function expectedFootprint(document: GraphDocument): ArticleFootprint {
  const relationships = [...new Set(document.relationships.map(relationshipKey))].sort();
  return {
    linked: [...new Set(document.entities.map((entity) => entity.key))].sort(),
    relationshipKeys: relationships,
    cited: relationships,
  };
}

/**
 * Every article in the graph, by key, with its MENTIONS/REPORTS targets, the relationship keys it
 * recorded, and the relationships it supports that are in the graph (a fact whose start node it
 * mentions and whose key it lists). An article written whole matches `expectedFootprint` of its
 * document on all three; one that is absent appears nowhere.
 */
export async function readFootprints(
  driver: Driver,
  database?: string,
): Promise<Map<string, ArticleFootprint>> {
  const articles = await driver.executeQuery(
    `MATCH (a:Article)
     OPTIONAL MATCH (a)-[:MENTIONS|REPORTS]->(n)
     RETURN a.key AS key, collect(n.key) AS linked, a.relationshipKeys AS relationshipKeys,
            COLLECT {
              MATCH (a)-[:MENTIONS|REPORTS]->()-[r]->()
              WHERE r.key IN a.relationshipKeys
              RETURN DISTINCT r.key
            } AS cited`,
    {},
    { database },
  );
  const footprints = new Map<string, ArticleFootprint>();
  for (const r of articles.records) {
    footprints.set(r.get("key") as string, {
      linked: [...(r.get("linked") as string[])].sort(),
      relationshipKeys: [...((r.get("relationshipKeys") as string[] | null) ?? [])].sort(),
      cited: [...(r.get("cited") as string[])].sort(),
    });
  }
  return footprints;
}

/** Articles present but not whole, as [key, found, expected]; and articles that are not inputs. */
export function incompleteArticles(
  documents: readonly GraphDocument[],
  found: ReadonlyMap<string, ArticleFootprint>,
): unknown[] {
  const problems: unknown[] = [];
  for (const document of documents) {
    const key = document.article.key;
    const footprint = found.get(key);
    if (footprint === undefined) continue;
    const expected = expectedFootprint(document);
    if (JSON.stringify(footprint) !== JSON.stringify(expected))
      problems.push([key, footprint, expected]);
  }
  const known = new Set(documents.map((document) => document.article.key));
  for (const key of found.keys()) if (!known.has(key)) problems.push([key, "not an input article"]);
  return problems;
}
