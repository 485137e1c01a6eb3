import type { Article } from "../model/article.ts";
import type { GraphDocument } from "../model/graph-document.ts";
import { addFactCountries, addMentionedEntities } from "./add-entities.ts";
import { analyzeArticle } from "./analyze-article.ts";
import { collectFacts } from "./collect-facts.ts";
import { GraphBuilder } from "./graph-builder.ts";
import { oneByteText, restoreStandIns } from "./text/stand-ins.ts";

type Facts = Pick<GraphDocument, "entities" | "relationships">;

/**
 * Turns one article into its graph document. Pure and deterministic: the same article gives
 * the same document, byte for byte.
 */
export function extractGraph(article: Article): GraphDocument {
  // The rules read a one-byte copy of the text where they can (text/stand-ins.ts); what they
  // write is given back as the article has it.
  const oneByte = oneByteText(article.body);
  const facts =
    oneByte === undefined
      ? extractFacts(article)
      : restoreStandIns(extractFacts({ ...article, body: oneByte }));
  return document(article, facts);
}

/**
 * `extractGraph` on the text exactly as written, never the one-byte copy: for the training
 * scripts, whose features must name the article's own characters. The same document.
 */
export function extractGraphAsWritten(article: Article): GraphDocument {
  return document(article, extractFacts(article));
}

function extractFacts(article: Article): Facts {
  const analysis = analyzeArticle(article);
  const graph = new GraphBuilder();
  addMentionedEntities(analysis, graph);
  collectFacts(analysis, graph);
  addFactCountries(graph);
  return graph.build();
}

function document(article: Article, { entities, relationships }: Facts): GraphDocument {
  return {
    article: {
      key: article.key,
      source: article.source,
      title: article.title,
      publishedAt: article.publishedAt,
      contentHash: article.contentHash,
      ...(article.url === undefined ? {} : { url: article.url }),
      ...(article.dateline === undefined ? {} : { dateline: article.dateline }),
      hashtags: article.hashtags,
    },
    entities,
    relationships,
  };
}
