import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../../src/model/article.ts";
import type { GraphDocument } from "../../../src/model/graph-document.ts";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { addMentionedEntities } from "../../../src/extract/add-entities.ts";
import { analyzeArticle } from "../../../src/extract/analyze-article.ts";
import { collectFacts } from "../../../src/extract/collect-facts.ts";
import { GraphBuilder } from "../../../src/extract/graph-builder.ts";
import type { MeetingDecisions } from "../../../src/extract/learn/met-decisions.ts";
import { parseArticleText } from "../../../src/read/index.ts";

export const REPO = join(import.meta.dirname, "..", "..", "..");

/** Reads one file the way `npm run extract` does and returns its only article. */
export function readFixture(relativePath: string): Article {
  const outcomes = parseArticleText(readFileSync(join(REPO, relativePath), "utf8"), {
    path: join(REPO, relativePath),
    root: REPO,
  });
  const first = outcomes[0];
  if (first === undefined || !first.ok)
    throw new Error(
      `cannot read ${relativePath}: ${first && !first.ok ? first.reason : "no article"}`,
    );
  return first.article;
}

/** An article made of the given body, published at the given instant. */
export function articleOf(body: string, publishedAt = "2024-03-15T10:00:00Z"): Article {
  return {
    key: "article:test/inline.txt",
    source: "test/inline.txt",
    title: "inline",
    body,
    publishedAt,
    hashtags: [],
    contentHash: "0".repeat(64),
  };
}

export function keysOf(doc: GraphDocument, label: string): string[] {
  return doc.entities.filter((e) => e.label === label).map((e) => e.key);
}

/** Relationships of one type as "from -> to" strings, sorted. */
export function factsOf(doc: GraphDocument, type: string): string[] {
  return doc.relationships
    .filter((r) => r.type === type)
    .map((r) => `${r.from} -> ${r.to}`)
    .sort();
}

export function extract(body: string, publishedAt?: string): GraphDocument {
  return extractGraph(articleOf(body, publishedAt));
}

/** MET_WITH facts as "a -- b day" strings (the pair's keys sorted; "undated" without a day), sorted. */
export function meetingsOn(body: string, publishedAt: string): string[] {
  return extract(body, publishedAt)
    .relationships.filter((r) => r.type === "MET_WITH")
    .map(
      (r) => `${[r.from, r.to].sort().join(" -- ")} ${String(r.properties["date"] ?? "undated")}`,
    )
    .sort();
}

/** FUNDS facts as "from -> to amount currency" strings, sorted. */
export function fundsOf(body: string): string[] {
  return extract(body)
    .relationships.filter((r) => r.type === "FUNDS")
    .map(
      (r) =>
        `${r.from} -> ${r.to} ${String(r.properties["amount"])} ${String(r.properties["currency"])}`,
    )
    .sort();
}

/**
 * What a learned decision hands its listener while a text is extracted, as training hears it:
 * `listen` (observeRecipientGroups, listenToStances…) is given a collector, and undefined again
 * once extraction ends, even if it throws.
 */
export function heardWhileExtracting<T>(
  body: string,
  listen: (sink: ((item: T) => void) | undefined) => void,
): T[] {
  const heard: T[] = [];
  listen((item) => heard.push(item));
  try {
    extractGraph(articleOf(body));
  } finally {
    listen(undefined);
  }
  return heard;
}

/**
 * The graph of a text with the meetings decided by `decisions` (a model of the test's own, or
 * one that records what training reads): the extractor's stages up to the graph.
 */
export function collectedWith(body: string, decisions: MeetingDecisions): GraphBuilder {
  const analysis = analyzeArticle(articleOf(body));
  const graph = new GraphBuilder();
  addMentionedEntities(analysis, graph);
  collectFacts(analysis, graph, decisions);
  return graph;
}

/**
 * How long a test that sweeps every sentence of the development articles may take: seconds on a
 * quiet core, a minute or more on a loaded one. These tests check what patterns let through; they
 * time nothing, so a shared machine must not fail them.
 */
export const SWEEP_TIMEOUT = 300_000;
