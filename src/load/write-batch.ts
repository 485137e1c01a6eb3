import { NewsgraphError } from "../errors.ts";
import {
  asConnectionError,
  describeWriteError,
  isConstraintViolation,
} from "../neo4j/neo4j-errors.ts";
import { runWriteTransaction } from "../neo4j/run-statements.ts";
import { planArticles } from "../plan/plan-articles.ts";
import type { WritePlan } from "../plan/write-plan.ts";
import { statementText } from "./cypher-catalog.ts";
import type { LoadContext, PendingArticle } from "./load-context.ts";

/**
 * Writes a batch of new or changed articles (see changedBatches) in one transaction. New
 * articles are created outright rather than cleaned up; when a creation fails because another
 * loader wrote one of them since the lookup, the batch runs again treating every article as
 * possibly known.
 * If the transaction fails for another reason than the connection, each article is retried
 * alone, so one bad article is reported and the others still load.
 */
export async function writeBatch(
  context: LoadContext,
  changed: readonly PendingArticle[],
): Promise<void> {
  if (changed.length === 0) return;
  try {
    await writeClaimingNew(context, changed);
  } catch (error) {
    throwIfConnectionLost(context, error);
    if (changed.length === 1) context.tally.fail(changed[0]?.path ?? "", describeWriteError(error));
    else await writeOneByOne(context, changed);
  }
}

async function writeClaimingNew(
  context: LoadContext,
  articles: readonly PendingArticle[],
): Promise<void> {
  const fresh = new Set(articles.filter((a) => a.fresh).map((a) => a.document.article.key));
  try {
    await writeArticles(context, articles, fresh);
  } catch (error) {
    if (fresh.size === 0 || !isConstraintViolation(error)) throw error;
    await writeArticles(context, articles, new Set());
  }
}

async function writeOneByOne(
  context: LoadContext,
  articles: readonly PendingArticle[],
): Promise<void> {
  for (const article of articles) {
    try {
      await writeClaimingNew(context, [article]);
    } catch (error) {
      throwIfConnectionLost(context, error);
      context.tally.fail(article.path, describeWriteError(error));
    }
  }
}

async function writeArticles(
  context: LoadContext,
  articles: readonly PendingArticle[],
  fresh: ReadonlySet<string>,
): Promise<void> {
  await runPlan(
    context,
    planArticles(
      articles.map((article) => article.document),
      fresh,
    ),
  );
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

function throwIfConnectionLost(context: LoadContext, error: unknown): void {
  const connection = asConnectionError(error, context.target);
  if (connection !== undefined) throw connection;
  if (error instanceof NewsgraphError) throw error;
}
