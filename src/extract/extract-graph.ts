import type { Article } from "../model/article.ts";
import type { GraphDocument } from "../model/graph-document.ts";
import { addFactCountries, addMentionedEntities } from "./add-entities.ts";
import { analyzeArticle } from "./analyze-article.ts";
import { collectFacts } from "./collect-facts.ts";
import { GraphBuilder } from "./graph-builder.ts";

/**
 * Turns one article into its graph document. Pure and deterministic: the same article gives
 * the same document, byte for byte.
 */
export function extractGraph(article: Article): GraphDocument {
  const analysis = analyzeArticle(article);
  const graph = new GraphBuilder();
  addMentionedEntities(analysis, graph);
  collectFacts(analysis, graph);
  addFactCountries(graph);
  const { entities, relationships } = graph.build();
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
