import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "../model/labels.ts";
import type { EntityLabel, RelationshipType } from "../model/labels.ts";
import { RELATIONSHIP_ENDPOINTS } from "./endpoints.ts";

/** `MET_WITH` → `met-with`, `Organization` → `organization`: statement names are file names. */
function kebab(name: string): string {
  return name.toLowerCase().replaceAll("_", "-");
}

/** Names already built: the planner asks for one per entity and fact of every article. */
const names = new Map<string, string>();

function named(id: string, build: () => string): string {
  let name = names.get(id);
  if (name === undefined) {
    name = build();
    names.set(id, name);
  }
  return name;
}

export function nodeStatement(label: EntityLabel): string {
  return named(label, () => `node-${kebab(label)}`);
}

export function relationshipStatement(
  type: RelationshipType,
  from: EntityLabel,
  to: EntityLabel,
): string {
  return named(`${type} ${from} ${to}`, () => `${kebab(type)}-${kebab(from)}-${kebab(to)}`);
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
  ["create-articles", { label: "Article" }],
  ...REMOVAL_STATEMENTS.map((name): [string, StatementTarget] => [name, {}]),
  ["article", { label: "Article" }],
  ...ENTITY_LABELS.map(entityTarget),
  ...relationshipTargets(),
]);

/**
 * The closed set of write statements, in the order a plan runs them: creating new articles and
 * removing the earlier contribution of the others first, then the other articles, then entities
 * (before the relationships that look them up). Each has a file
 * `cypher/write/<name>.cypher`.
 */
export const WRITE_STATEMENTS: readonly string[] = Object.freeze([...STATEMENT_TARGETS.keys()]);
