import { readRecords } from "../neo4j/run-statements.ts";
import type { GraphDocument } from "../model/graph-document.ts";
import { findDocumentProblems } from "../plan/document-problems.ts";
import { statementText } from "./cypher-catalog.ts";
import { extractDeferred, reportProgress } from "./load-context.ts";
import type {
  AcceptedArticle,
  ExtractedInput,
  LoadContext,
  PendingArticle,
} from "./load-context.ts";

/** A new or changed article; `fresh` when its key was not in the graph at all. */
interface ChangedArticle {
  readonly article: AcceptedArticle;
  readonly fresh: boolean;
}

/**
 * Regroups the input batches into batches of new or changed articles. Content hashes are looked
 * up once per input batch; unchanged articles are counted and dropped before any deferred
 * document is extracted; writes wait until `batchSize` changed articles have gathered. So a
 * reload that changes 1% of the articles writes a few full transactions, not one nearly empty
 * transaction per input batch.
 */
export async function* changedBatches(
  context: LoadContext,
  batches: AsyncIterable<AcceptedArticle[]>,
): AsyncGenerator<PendingArticle[]> {
  const size = context.options.batchSize;
  let pending: PendingArticle[] = [];
  for await (const changed of lookedUp(context, batches)) {
    pending.push(...documentsOf(context, changed));
    reportProgress(context);
    while (pending.length >= size) {
      yield pending.slice(0, size);
      pending = pending.slice(size);
    }
  }
  if (pending.length > 0) yield pending;
}

/**
 * The changed articles of each input batch, in order. The next batch is read while the current
 * one's hashes are looked up, so reading and the database's round trips overlap.
 */
async function* lookedUp(
  context: LoadContext,
  batches: AsyncIterable<AcceptedArticle[]>,
): AsyncGenerator<ChangedArticle[]> {
  const iterator = batches[Symbol.asyncIterator]();
  const prefetch = () => {
    const next = iterator.next();
    // Handled where it is awaited; this only keeps a read still running when a lookup fails
    // from being reported as an unhandled rejection.
    next.catch(() => undefined);
    return next;
  };
  try {
    let next = prefetch();
    for (;;) {
      const result = await next;
      if (result.done === true) return;
      next = prefetch();
      yield await dropUnchanged(context, result.value);
    }
  } finally {
    await iterator.return?.();
  }
}

/** One lookup for the whole batch: articles whose key and content hash are stored are skipped. */
async function dropUnchanged(
  context: LoadContext,
  articles: readonly AcceptedArticle[],
): Promise<ChangedArticle[]> {
  const keys = articles.map((article) => article.key);
  const cypher = statementText(context.cypher.read, "article-hashes");
  const records = await readRecords(context.driver, context.target.database, {
    cypher,
    parameters: { keys },
  });
  const stored = new Map<unknown, unknown>(
    records.map((record) => [record["key"], record["contentHash"]]),
  );
  const changed = articles
    .filter(({ key, contentHash }) => stored.get(key) !== contentHash)
    .map((article) => ({ article, fresh: !stored.has(article.key) }));
  context.tally.unchanged += articles.length - changed.length;
  return changed;
}

/**
 * The documents of new or changed articles: deferred ones are extracted now, and each is checked
 * here rather than on input, so an unchanged article costs its lookup alone. An extraction that
 * throws, or a document the planner would refuse, fails that article alone.
 */
function documentsOf(context: LoadContext, changed: readonly ChangedArticle[]): PendingArticle[] {
  return changed.flatMap(({ article, fresh }) => {
    const extracted = documentOf(article);
    const reason = extracted.ok ? documentRejection(extracted.document) : extracted.reason;
    if (extracted.ok && reason === undefined)
      return [{ path: article.path, document: extracted.document, fresh }];
    context.tally.fail(article.path, reason ?? "rejected");
    return [];
  });
}

function documentOf({ path, document, deferred }: AcceptedArticle): ExtractedInput {
  if (document !== undefined) return { ok: true, path, document };
  if (deferred !== undefined) return extractDeferred(path, deferred);
  return { ok: false, path, reason: "no document and nothing to extract it from" };
}

/** Why the planner would refuse a document, if it would. */
function documentRejection(document: GraphDocument): string | undefined {
  const problems = findDocumentProblems(document);
  return problems.length > 0
    ? `extracted graph is inconsistent: ${problems.join("; ")}`
    : undefined;
}
