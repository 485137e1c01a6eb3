import { NewsgraphError } from "../errors.ts";
import { assemblePlan } from "./assemble-plan.ts";
import { compareText } from "./compare-text.ts";
import type { Entity, GraphDocument } from "../model/graph-document.ts";
import { findDocumentProblems, labelsByKey } from "./document-problems.ts";
import { mergeDuplicateEntities, mergeDuplicateRelationships } from "./merge-duplicates.ts";
import { articleRow, entityRow, keyedFacts, relationshipRow, type KeyedFact } from "./rows.ts";
import { nodeStatement, relationshipStatement } from "./statement-names.ts";
import type { Row, WritePlan } from "./write-plan.ts";

/**
 * The writes that put these articles into the graph, replacing whatever an earlier version of
 * each article contributed. Articles whose keys are in `fresh` (not in the graph when the loader
 * looked their hashes up) are created instead (`create-articles`), which fails if they exist
 * after all, and nothing is removed for them. Pure: the same documents give the same plan, byte
 * for byte, and the documents are not touched. Documents must be free of `findDocumentProblems`.
 */
export function planArticles(
  documents: readonly GraphDocument[],
  fresh: ReadonlySet<string> = new Set(),
): WritePlan {
  const rows: [string, Row][] = [];
  for (const document of documents) planDocument(document, fresh, rows);
  return assemblePlan(rows);
}

/** Appends the document's rows to `rows` (one array for the batch, not one per document). */
function planDocument(
  document: GraphDocument,
  fresh: ReadonlySet<string>,
  rows: [string, Row][],
): void {
  const problems = findDocumentProblems(document);
  if (problems.length > 0) {
    throw new NewsgraphError("internal", `cannot plan ${document.article.key}: ${problems[0]}`, {
      context: { article: document.article.key },
    });
  }
  const article = document.article.key;
  const labels = labelsByKey(document);
  const facts = keyedFacts(mergeDuplicateRelationships(document.relationships));
  const entities = mergeDuplicateEntities(document.entities);
  const row = articleRow(document.article, facts);
  const created = fresh.has(article);
  if (created) rows.push(["create-articles", row]);
  else rows.push(...replacementRows(article, facts, entities), ["article", row]);
  for (const entity of entities)
    rows.push([nodeStatement(entity.label), entityRow(article, entity, created)]);
  for (const fact of facts) {
    const { type, from, to } = fact.relationship;
    rows.push([
      relationshipStatement(type, need(labels, from), need(labels, to)),
      relationshipRow(fact),
    ]);
  }
}

/**
 * Taking out what an earlier version of the article contributed, except the facts and mentions
 * that this version states again: those are merged again right after, so a lightly edited
 * article removes (and checks the support of) only what it no longer says.
 */
function replacementRows(
  article: string,
  facts: readonly KeyedFact[],
  entities: readonly Entity[],
): [string, Row][] {
  return [
    ["remove-sources", { article, keep: facts.map(({ key }) => key) }],
    ["remove-mentions", { article, keep: entities.map((entity) => entity.key).sort(compareText) }],
  ];
}

function need<V>(map: ReadonlyMap<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new NewsgraphError("internal", `no entity ${key}`);
  return value;
}
