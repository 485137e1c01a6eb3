import neo4j from "neo4j-driver";
import type { Node, Path, Relationship } from "neo4j-driver";
import { TemporalValue } from "../query/plain-value.ts";
import type { PlainValue } from "../query/plain-value.ts";

/**
 * A value from a record as plain data: integers as numbers, temporal values with their ISO text
 * and kind, lists and maps converted inside. Graph values become the text a reader knows them
 * by (a node's name, title or key; a relationship's type; a path as a chain of both), since saved
 * queries return properties for data and nodes or paths only so that Neo4j Browser can draw them.
 */
export function toPlainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (neo4j.isInt(value)) return value.toNumber();
  const temporal = toTemporal(value);
  if (temporal !== undefined) return temporal;
  if (neo4j.isPath(value)) return describePath(value);
  if (neo4j.isNode(value)) return describeNode(value);
  if (neo4j.isRelationship(value)) return value.type;
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainValue(v)]));
  }
  return null; // functions and symbols: a record never holds them
}

function toTemporal(value: unknown): TemporalValue | undefined {
  if (neo4j.isDate(value)) return new TemporalValue("date", value.toString());
  if (neo4j.isDateTime(value)) return new TemporalValue("datetime", value.toString());
  if (neo4j.isLocalDateTime(value)) return new TemporalValue("localdatetime", value.toString());
  if (neo4j.isTime(value)) return new TemporalValue("time", value.toString());
  if (neo4j.isLocalTime(value)) return new TemporalValue("localtime", value.toString());
  if (neo4j.isDuration(value)) return new TemporalValue("duration", value.toString());
  return undefined;
}

function describeNode(node: Node): string {
  const { name, title, key } = node.properties as Record<string, unknown>;
  const text = [name, title, key].find((candidate) => typeof candidate === "string");
  return typeof text === "string" ? text : node.labels.join(":");
}

function describePath(path: Path): string {
  let text = describeNode(path.start);
  for (const segment of path.segments) {
    text += arrow(segment.relationship, segment.start) + describeNode(segment.end);
  }
  return text;
}

function arrow(relationship: Relationship, from: Node): string {
  const forward = relationship.startNodeElementId === from.elementId;
  return forward ? ` -[${relationship.type}]-> ` : ` <-[${relationship.type}]- `;
}
