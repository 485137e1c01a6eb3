/**
 * Cypher expressions for the provenance of a relationship `r` whose start node is bound to `a`
 * (`MATCH (a)-[r]->(b)`): the articles that support it are those that mention or report `a` and
 * list `r.key` among the facts they state; its evidence sentences are in their evidence lists.
 * Both are sorted, so equal graphs give equal rows.
 */
export const FACT_SOURCES = `COLLECT {
  MATCH (article:Article)-[:MENTIONS|REPORTS]->(a) WHERE r.key IN article.relationshipKeys
  RETURN article.key AS source ORDER BY source
}`;

export const FACT_SENTENCES = `COLLECT {
  MATCH (article:Article)-[:MENTIONS|REPORTS]->(a) WHERE r.key IN article.relationshipKeys
  UNWIND range(0, size(article.evidenceKeys) - 1) AS e
  WITH article, e WHERE article.evidenceKeys[e] = r.key
  RETURN article.evidenceSentences[e] AS sentence ORDER BY article.key, article.evidenceStarts[e]
}`;
