import { readRecords } from "../neo4j/run-statements.ts";
import { statementText } from "./cypher-catalog.ts";
import { reportProgress } from "./load-context.ts";
import type { LoadContext, PendingArticle } from "./load-context.ts";

/**
 * Regroups the input batches into batches of new or changed articles. Content hashes are looked
 * up once per input batch; unchanged articles are counted and dropped; writes wait until
 * `batchSize` changed articles have gathered. So a reload that changes 1% of the articles writes
 * a few full transactions, not one nearly empty transaction per input batch.
 */
export async function* changedBatches(
  context: LoadContext,
  batches: AsyncIterable<PendingArticle[]>,
): AsyncGenerator<PendingArticle[]> {
  const size = context.options.batchSize;
  let pending: PendingArticle[] = [];
  for await (const batch of batches) {
    pending.push(...(await dropUnchanged(context, batch)));
    reportProgress(context);
    while (pending.length >= size) {
      yield pending.slice(0, size);
      pending = pending.slice(size);
    }
  }
  if (pending.length > 0) yield pending;
}

/** One lookup for the whole batch: articles whose key and content hash are already stored are skipped. */
async function dropUnchanged(
  context: LoadContext,
  articles: readonly PendingArticle[],
): Promise<PendingArticle[]> {
  const keys = articles.map((article) => article.document.article.key);
  const cypher = statementText(context.cypher.read, "article-hashes");
  const records = await readRecords(context.driver, context.target.database, {
    cypher,
    parameters: { keys },
  });
  const stored = new Map(records.map((record) => [record["key"], record["contentHash"]]));
  const changed = articles.filter(
    ({ document }) => stored.get(document.article.key) !== document.article.contentHash,
  );
  context.tally.unchanged += articles.length - changed.length;
  return changed;
}
