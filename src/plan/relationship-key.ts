import type { RelationshipType } from "../model/labels.ts";
import type { Relationship } from "../model/graph-document.ts";

/**
 * The properties that tell two facts between the same endpoints apart: two meetings on different
 * days are two facts, the same meeting reported twice is one. Other properties (place, purpose,
 * what is opposed) describe a fact without identifying it.
 */
export const IDENTIFYING_PROPERTIES: Readonly<Record<RelationshipType, readonly string[]>> = {
  MET_WITH: ["date"],
  OPPOSES: [],
  FUNDS: ["amount", "currency"],
  REPRESENTS: [],
  PARTICIPATED_IN: [],
  CONCERNS: [],
};

/**
 * The deterministic identity of a relationship, merged on by the write statements:
 * `TYPE|from|to|identifying values…`, e.g. `MET_WITH|person:a|person:b|2024-04-26`.
 */
export function relationshipKey(relationship: Relationship): string {
  const { type, from, to, properties } = relationship;
  const identifying = IDENTIFYING_PROPERTIES[type].map((name) => String(properties[name] ?? ""));
  return [type, from, to, ...identifying].join("|");
}
