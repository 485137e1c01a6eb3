import { NewsgraphError } from "../errors.ts";
import { asConnectionError, describeWriteError } from "../neo4j/neo4j-errors.ts";
import { readRecords, runWriteTransaction } from "../neo4j/run-statements.ts";
import { planArticles } from "../plan/plan-articles.ts";
import type { WritePlan } from "../plan/write-plan.ts";
import { statementText } from "./cypher-catalog.ts";
import type { LoadContext, PendingArticle } from "./load-context.ts";

/**
 * Writes a batch of articles in one transaction, skipping those whose content hash the graph
 * already holds. If the transaction fails for a reason other than the connection, each article
 * is retried alone, so one bad article is reported and the others still load.
 */
export async function writeBatch(
  context: LoadContext,
  articles: readonly PendingArticle[],
): Promise<void> {
  const changed = await dropUnchanged(context, articles);
  if (changed.length === 0) return;
  try {
    await writeArticles(context, changed);
  } catch (error) {
    throwIfConnectionLost(context, error);
    if (changed.length === 1) context.tally.fail(changed[0]?.path ?? "", describeWriteError(error));
    else await writeOneByOne(context, changed);
  }
}

async function writeOneByOne(
  context: LoadContext,
  articles: readonly PendingArticle[],
): Promise<void> {
  for (const article of articles) {
    try {
      await writeArticles(context, [article]);
    } catch (error) {
      throwIfConnectionLost(context, error);
      context.tally.fail(article.path, describeWriteError(error));
    }
  }
}

async function writeArticles(
  context: LoadContext,
  articles: readonly PendingArticle[],
): Promise<void> {
  await runPlan(context, planArticles(articles.map((article) => article.document)));
  context.tally.loaded += articles.length;
}

/** Runs a plan in one transaction and counts what it changed once it has committed. */
export async function runPlan(context: LoadContext, plan: WritePlan): Promise<void> {
  const statements = plan.map(({ statement, rows }) => ({
    cypher: statementText(context.cypher.write, statement),
    parameters: { rows },
  }));
  const counts = await runWriteTransaction(context.driver, context.target.database, statements);
  plan.forEach(({ statement }, i) => {
    const committed = counts[i];
    if (committed !== undefined) context.tally.count(statement, committed);
  });
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

function throwIfConnectionLost(context: LoadContext, error: unknown): void {
  const connection = asConnectionError(error, context.target);
  if (connection !== undefined) throw connection;
  if (error instanceof NewsgraphError) throw error;
}
