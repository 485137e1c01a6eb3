import type { Entity, Relationship } from "../model/graph-document.ts";
import { relationshipKey } from "./relationship-key.ts";

/**
 * One entity per key: the first occurrence wins, except that alias and keyword lists are united,
 * because an extractor may resolve two mentions to the same entity and list each.
 */
export function mergeDuplicateEntities(entities: readonly Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const entity of entities) {
    const seen = byKey.get(entity.key);
    byKey.set(entity.key, seen === undefined ? entity : uniteLists(seen, entity));
  }
  return [...byKey.values()];
}

function uniteLists(first: Entity, second: Entity): Entity {
  const merged: Record<string, unknown> = { ...first };
  const other: Record<string, unknown> = second;
  for (const name of ["aliases", "keywords"]) {
    const a = merged[name];
    const b = other[name];
    if (Array.isArray(a) && Array.isArray(b)) {
      merged[name] = [...new Set<unknown>([...(a as unknown[]), ...(b as unknown[])])];
    }
  }
  return merged as Entity;
}

/**
 * One relationship per fact key: the same fact stated twice in one article is one source entry
 * per sentence, with the higher confidence; the first occurrence's properties win.
 */
export function mergeDuplicateRelationships(
  relationships: readonly Relationship[],
): Relationship[] {
  const byKey = new Map<string, Relationship>();
  for (const relationship of relationships) {
    const key = relationshipKey(relationship);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? relationship : combine(seen, relationship));
  }
  return [...byKey.values()];
}

function combine(first: Relationship, second: Relationship): Relationship {
  return {
    ...first,
    properties: { ...second.properties, ...first.properties },
    evidence: uniqueEvidence([...first.evidence, ...second.evidence]),
    confidence: Math.max(first.confidence, second.confidence),
  };
}

function uniqueEvidence(evidence: Relationship["evidence"]): Relationship["evidence"] {
  const byPlace = new Map(
    evidence.map((item) => [`${item.start}:${item.end}:${item.sentence}`, item]),
  );
  return [...byPlace.values()];
}
