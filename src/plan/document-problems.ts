import type { GraphDocument } from "../model/graph-document.ts";
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "../model/labels.ts";
import type { EntityLabel } from "../model/labels.ts";
import { allowsEndpoints } from "./endpoints.ts";

/** Relationship properties the loader owns; an extractor property of that name would clobber them. */
export const RESERVED_PROPERTIES = ["key"];

/** Entity key → label, or a problem when one key is given two labels. */
export function labelsByKey(document: GraphDocument): Map<string, EntityLabel> {
  return new Map(document.entities.map((entity) => [entity.key, entity.label]));
}

/**
 * Why a document cannot be planned, as readable reasons (empty when it can). The extractor's
 * contract says every endpoint is one of the document's entities and types connect fixed labels.
 */
export function findDocumentProblems(document: GraphDocument): string[] {
  const outside = outsideClosedSets(document);
  if (outside.length > 0) return outside;
  const labels = labelsByKey(document);
  const conflicting = document.entities
    .filter((entity) => labels.get(entity.key) !== entity.label)
    .map((entity) => `entity ${entity.key} has more than one label`);
  const relationships = document.relationships.flatMap((relationship) => {
    const { type, from, to, properties } = relationship;
    const fromLabel = labels.get(from);
    const toLabel = labels.get(to);
    if (fromLabel === undefined || toLabel === undefined) {
      const missing = fromLabel === undefined ? from : to;
      return [`${type} ${from} -> ${to}: ${missing} is not among the document's entities`];
    }
    const reserved = Object.keys(properties).filter((name) => RESERVED_PROPERTIES.includes(name));
    return [
      ...(allowsEndpoints(type, fromLabel, toLabel)
        ? []
        : [`${type} cannot connect ${fromLabel} (${from}) to ${toLabel} (${to})`]),
      ...reserved.map((name) => `${type} ${from} -> ${to}: property "${name}" is reserved`),
    ];
  });
  return [...conflicting, ...relationships];
}

/**
 * Labels and types pick the write statement, so one outside the closed sets (a document parsed
 * from JSON without its schema) is refused before it could name anything.
 */
function outsideClosedSets(document: GraphDocument): string[] {
  const labels: readonly string[] = ENTITY_LABELS;
  const types: readonly string[] = RELATIONSHIP_TYPES;
  return [
    ...document.entities
      .filter((entity) => !labels.includes(entity.label))
      .map(
        (entity) =>
          `entity ${entity.key} has label ${JSON.stringify(entity.label)}, not one of ${labels.join(", ")}`,
      ),
    ...document.relationships
      .filter((relationship) => !types.includes(relationship.type))
      .map(
        (relationship) =>
          `relationship ${relationship.from} -> ${relationship.to} has type ${JSON.stringify(relationship.type)}, not one of ${types.join(", ")}`,
      ),
  ];
}
