import type { Entity, GraphDocument, Relationship } from "../model/graph-document.ts";
import type { EntityLabel } from "../model/labels.ts";
import { relationshipKey } from "./relationship-key.ts";
import type { Row } from "./write-plan.ts";

/** The properties each label's write statement sets; absent optional values travel as null. */
const ENTITY_FIELDS: Readonly<Record<EntityLabel, readonly string[]>> = {
  Person: ["name", "aliases", "title", "country"],
  Country: ["name", "iso3", "aliases"],
  Organization: ["name", "aliases", "country"],
  Issue: ["name", "keywords"],
  Event: ["type", "name", "date", "place", "status"],
};

export function articleRow(
  article: GraphDocument["article"],
  relationshipKeys: readonly string[],
): Row {
  return {
    key: article.key,
    source: article.source,
    title: article.title,
    url: article.url ?? null,
    publishedAt: article.publishedAt,
    dateline: article.dateline ?? null,
    hashtags: [...article.hashtags],
    contentHash: article.contentHash,
    relationshipKeys: [...relationshipKeys],
  };
}

/** One (article, entity) pair: the entity's properties plus the article that mentions it. */
export function entityRow(articleKey: string, entity: Entity): Row {
  const values: Record<string, unknown> = entity;
  const fields = ENTITY_FIELDS[entity.label].map((name): [string, unknown] => [
    name,
    copyValue(values[name]),
  ]);
  return { key: entity.key, article: articleKey, ...Object.fromEntries(fields) };
}

function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  return value ?? null;
}

/**
 * One (article, fact) pair. The source lists run in parallel, one entry per evidence sentence;
 * a fact stated without evidence still gets one entry (sentence "", offsets -1) so that the
 * article is counted among its sources.
 */
export function relationshipRow(articleKey: string, relationship: Relationship): Row {
  const evidence = relationship.evidence.length > 0 ? relationship.evidence : [undefined];
  return {
    key: relationshipKey(relationship),
    from: relationship.from,
    to: relationship.to,
    article: articleKey,
    properties: { ...relationship.properties },
    sources: evidence.map(() => articleKey),
    sentences: evidence.map((item) => item?.sentence ?? ""),
    starts: evidence.map((item) => item?.start ?? -1),
    ends: evidence.map((item) => item?.end ?? -1),
    confidences: evidence.map(() => relationship.confidence),
  };
}
