import { readRecords } from "../neo4j/run-statements.ts";
import { statementText } from "./cypher-catalog.ts";
import { reportProgress } from "./load-context.ts";
import { describeCause } from "../errors.ts";
import { documentRejection } from "./accept-inputs.ts";
import type { AcceptedArticle, LoadContext, PendingArticle } from "./load-context.ts";

/**
 * Regroups the input batches into batches of new or changed articles. Content hashes are looked
 * up once per input batch; unchanged articles are counted and dropped, before any deferred
 * document is extracted; writes wait until
 * `batchSize` changed articles have gathered. So a reload that changes 1% of the articles writes
 * a few full transactions, not one nearly empty transaction per input batch.
 */
export async function* changedBatches(
  context: LoadContext,
  batches: AsyncIterable<AcceptedArticle[]>,
): AsyncGenerator<PendingArticle[]> {
  const size = context.options.batchSize;
  let pending: PendingArticle[] = [];
  for await (const batch of batches) {
    const { changed, stored } = await dropUnchanged(context, batch);
    pending.push(...documentsOf(context, changed, stored));
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
  articles: readonly AcceptedArticle[],
): Promise<{ changed: AcceptedArticle[]; stored: ReadonlyMap<unknown, unknown> }> {
  const keys = articles.map((article) => article.key);
  const cypher = statementText(context.cypher.read, "article-hashes");
  const records = await readRecords(context.driver, context.target.database, {
    cypher,
    parameters: { keys },
  });
  const stored = new Map(records.map((record) => [record["key"], record["contentHash"]]));
  const changed = articles.filter(({ key, contentHash }) => stored.get(key) !== contentHash);
  context.tally.unchanged += articles.length - changed.length;
  return { changed, stored };
}

/**
 * The documents of new or changed articles: deferred ones are extracted now. An extraction that
 * throws, or a document the planner would refuse, fails that article alone.
 */
function documentsOf(
  context: LoadContext,
  articles: readonly AcceptedArticle[],
  stored: ReadonlyMap<unknown, unknown>,
): PendingArticle[] {
  return articles.flatMap(({ path, key, document, deferred }) => {
    const fresh = !stored.has(key);
    if (document !== undefined) return [{ path, document, fresh }];
    try {
      const extracted = deferred?.extract();
      const reason = extracted === undefined ? "no document" : documentRejection(extracted);
      if (extracted !== undefined && reason === undefined)
        return [{ path, document: extracted, fresh }];
      context.tally.fail(path, reason ?? "rejected");
    } catch (error) {
      context.tally.fail(path, `extraction failed: ${describeCause(error)}`);
    }
    return [];
  });
}
