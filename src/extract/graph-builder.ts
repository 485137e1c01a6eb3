import type { Entity, Evidence, Relationship } from "../model/graph-document.ts";
import type { RelationshipType } from "../model/labels.ts";
import { compareText } from "../plan/compare-text.ts";

/** Properties that describe a fact without telling two facts apart. */
const DESCRIPTIVE = new Set(["what", "purpose", "event", "place"]);

/**
 * Collects entities and relationships, merging repeats: the same fact stated in three
 * sentences is one relationship with three pieces of evidence.
 */
export class GraphBuilder {
  private readonly entities = new Map<string, Entity>();
  private readonly relationships = new Map<string, Relationship>();

  addEntity(entity: Entity): void {
    const existing = this.entities.get(entity.key);
    if (existing === undefined) this.entities.set(entity.key, entity);
  }

  /** Keys that relationships point at but no entity carries yet. */
  missingEndpoints(): string[] {
    // One pass, no array of every endpoint: each article asks once, after all its facts.
    const missing = new Set<string>();
    for (const r of this.relationships.values()) {
      if (!this.entities.has(r.from)) missing.add(r.from);
      if (!this.entities.has(r.to)) missing.add(r.to);
    }
    return [...missing].sort();
  }

  hasEntity(key: string): boolean {
    return this.entities.has(key);
  }

  addRelationship(
    type: RelationshipType,
    from: string,
    to: string,
    properties: Record<string, string | number | boolean>,
    evidence: Evidence | undefined,
    confidence: number,
  ): void {
    if (from === to) return;
    // Who met whom has no direction for identity: the first statement's direction is kept.
    const [a, b] = type === "MET_WITH" && to < from ? [to, from] : [from, to];
    const id = relationshipId(type, a, b, properties);
    const existing = this.relationships.get(id);
    if (existing === undefined) {
      this.relationships.set(id, {
        type,
        from,
        to,
        properties,
        evidence: evidence ? [evidence] : [],
        confidence,
      });
      return;
    }
    const merged = existing.evidence.slice();
    if (evidence && !existing.evidence.some((e) => e.start === evidence.start))
      merged.push(evidence);
    this.relationships.set(id, {
      type: existing.type,
      from: existing.from,
      to: existing.to,
      properties: existing.properties,
      evidence: merged,
      confidence: Math.max(existing.confidence, confidence),
    });
  }

  /** Deterministic order: by label and key, by type, endpoints and properties. */
  build(): { entities: Entity[]; relationships: Relationship[] } {
    // By label, then key: no label begins another, so this is the order of label + key, without
    // joining the two strings at each comparison.
    const entities = [...this.entities.values()].sort(
      (a, b) => compareText(a.label, b.label) || compareText(a.key, b.key),
    );
    const relationships = [...this.relationships.entries()]
      .filter(([, r]) => this.entities.has(r.from) && this.entities.has(r.to))
      .sort(([a], [b]) => compareText(a, b))
      .map(([, r]) => r);
    return { entities, relationships };
  }
}

/**
 * What tells a fact from another: its type, endpoints and distinguishing properties, joined by
 * "|". Built by one loop rather than array builtins over `Object.entries`, whose arrays of
 * varying kinds and the many property shapes kept sending `addRelationship` back to V8's
 * compiler.
 */
function relationshipId(
  type: RelationshipType,
  a: string,
  b: string,
  properties: Record<string, string | number | boolean>,
): string {
  let id = `${type}|${a}|${b}`;
  for (const k of Object.keys(properties))
    if (!DESCRIPTIVE.has(k)) id += `|${k}=${String(properties[k])}`;
  return id;
}
