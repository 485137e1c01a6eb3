import type { Entity, GraphDocument, Relationship } from "../model/graph-document.ts";
import type { EntityLabel } from "../model/labels.ts";
import { compareText } from "./compare-text.ts";
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

/** A fact of one document with its key, computed once for every row that needs it. */
export interface KeyedFact {
  readonly key: string;
  readonly relationship: Relationship;
}

/** The document's facts (one per key, as mergeDuplicateRelationships leaves them), sorted by key. */
export function keyedFacts(relationships: readonly Relationship[]): KeyedFact[] {
  return relationships
    .map((relationship) => ({ key: relationshipKey(relationship), relationship }))
    .sort((a, b) => compareText(a.key, b.key));
}

/**
 * The Article node's row: its metadata, the keys of the facts it states (sorted) and their
 * evidence, one entry per evidence sentence in parallel lists ordered by fact key and offset.
 * Provenance is written here, once per article version, rather than on the facts.
 */
export function articleRow(article: GraphDocument["article"], facts: readonly KeyedFact[]): Row {
  const evidence = facts.flatMap(({ key, relationship }) =>
    relationship.evidence
      .map((item) => ({ key, ...item, confidence: relationship.confidence }))
      .sort((a, b) => a.start - b.start || a.end - b.end),
  );
  return {
    key: article.key,
    source: article.source,
    title: article.title,
    url: article.url ?? null,
    publishedAt: article.publishedAt,
    dateline: article.dateline ?? null,
    hashtags: [...article.hashtags],
    contentHash: article.contentHash,
    relationshipKeys: facts.map(({ key }) => key),
    evidenceKeys: evidence.map((item) => item.key),
    evidenceSentences: evidence.map((item) => item.sentence),
    evidenceStarts: evidence.map((item) => item.start),
    evidenceEnds: evidence.map((item) => item.end),
    evidenceConfidences: evidence.map((item) => item.confidence),
  };
}

/**
 * One (article, entity) pair: the entity's properties plus the article that mentions it, and
 * whether the plan creates that article (its mention is then created rather than merged).
 */
export function entityRow(articleKey: string, entity: Entity, newArticle: boolean): Row {
  const values: Record<string, unknown> = entity;
  const row: Record<string, unknown> = { key: entity.key, article: articleKey, newArticle };
  for (const name of ENTITY_FIELDS[entity.label]) row[name] = copyValue(values[name]);
  return row;
}

function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  return value ?? null;
}

/** One (article, fact) pair: the fact's key, endpoints and properties; its evidence is on the article. */
export function relationshipRow({ key, relationship }: KeyedFact): Row {
  return {
    key,
    from: relationship.from,
    to: relationship.to,
    properties: { ...relationship.properties },
  };
}
