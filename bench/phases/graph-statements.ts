import type { GraphDocument } from "../../src/model/graph-document.ts";
import { relationshipKey } from "../../src/plan/relationship-key.ts";

/** A node as the baseline and the ceiling write it: label, key and flat properties. */
export interface BenchNode {
  readonly label: string;
  readonly key: string;
  readonly properties: Record<string, unknown>;
}

/** A relationship as the baseline and the ceiling write it; `key` identifies the fact. */
export interface BenchRelationship {
  readonly type: string;
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Record<string, unknown>;
}

/**
 * What one document writes, the way a builder without a planner sees it: the article node, its
 * entities, a MENTIONS (REPORTS for events) from the article to each, and the extracted facts,
 * each with its first evidence sentence and the article as source.
 */
export function documentGraph(document: GraphDocument): {
  nodes: BenchNode[];
  relationships: BenchRelationship[];
} {
  const { article } = document;
  const nodes: BenchNode[] = [
    {
      label: "Article",
      key: article.key,
      properties: {
        title: article.title,
        source: article.source,
        publishedAt: article.publishedAt,
        hashtags: article.hashtags,
        contentHash: article.contentHash,
      },
    },
    ...document.entities.map(({ label, key, ...properties }) => ({
      label,
      key,
      properties: { ...properties },
    })),
  ];
  const mentions = document.entities.map((entity) => {
    const type = entity.label === "Event" ? "REPORTS" : "MENTIONS";
    return {
      type,
      key: `${type}|${article.key}|${entity.key}`,
      from: article.key,
      to: entity.key,
      properties: {},
    };
  });
  const facts = document.relationships.map((relationship) => ({
    type: relationship.type,
    key: relationshipKey(relationship),
    from: relationship.from,
    to: relationship.to,
    properties: {
      ...relationship.properties,
      source: article.key,
      sentence: relationship.evidence[0]?.sentence ?? "",
      confidence: relationship.confidence,
    },
  }));
  return { nodes, relationships: [...mentions, ...facts] };
}
