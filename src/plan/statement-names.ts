import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "../model/labels.ts";
import type { EntityLabel, RelationshipType } from "../model/labels.ts";
import { RELATIONSHIP_ENDPOINTS } from "./endpoints.ts";

/** `MET_WITH` → `met-with`, `Organization` → `organization`: statement names are file names. */
function kebab(name: string): string {
  return name.toLowerCase().replaceAll("_", "-");
}

export function nodeStatement(label: EntityLabel): string {
  return `node-${kebab(label)}`;
}

export function relationshipStatement(
  type: RelationshipType,
  from: EntityLabel,
  to: EntityLabel,
): string {
  return `${kebab(type)}-${kebab(from)}-${kebab(to)}`;
}

/** Removing an article's contribution; see cypher/write/remove-*.cypher. */
export const REMOVAL_STATEMENTS = ["remove-sources", "remove-mentions", "remove-article"] as const;

/** What a write statement creates, to count created nodes per label and relationships per type. */
export interface StatementTarget {
  readonly label?: string;
  readonly type?: string;
}

function relationshipTargets(): [string, StatementTarget][] {
  return RELATIONSHIP_TYPES.flatMap((type) => {
    const { from, to } = RELATIONSHIP_ENDPOINTS[type];
    return from.flatMap((f) =>
      to.map((t): [string, StatementTarget] => [relationshipStatement(type, f, t), { type }]),
    );
  });
}

function entityTarget(label: EntityLabel): [string, StatementTarget] {
  return [nodeStatement(label), { label, type: label === "Event" ? "REPORTS" : "MENTIONS" }];
}

/** Statement name → what it creates; removal statements only delete. */
export const STATEMENT_TARGETS: ReadonlyMap<string, StatementTarget> = new Map([
  ["claim-articles", { label: "Article" }],
  ...REMOVAL_STATEMENTS.map((name): [string, StatementTarget] => [name, {}]),
  ["article", { label: "Article" }],
  ...ENTITY_LABELS.map(entityTarget),
  ...relationshipTargets(),
]);

/**
 * The closed set of write statements, in the order a plan runs them: claiming new articles' keys
 * and removing the earlier contribution of the others first, then the article, then entities (before the relationships that look them up). Each has a file
 * `cypher/write/<name>.cypher`.
 */
export const WRITE_STATEMENTS: readonly string[] = Object.freeze([...STATEMENT_TARGETS.keys()]);
