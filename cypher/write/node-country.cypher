// Writes: a Country node per row (one row per key and batch: the batch's articles that mention it
// are folded into row.articles, or row.newArticles for those it creates) and the MENTIONS
// relationship from each of those articles to it.
// Key: Country.key (`country:<ISO 3166-1 alpha-3>`), unique by constraint.
// Idempotent: MERGE on the constrained key and on the (article)-[:MENTIONS]->(country) pattern;
// name and iso3 are SET from the row; aliases become the sorted union of stored and new ones.
// Reading n.iso3 in the first SET makes Cypher lock the node before reading.
// Articles the batch creates (create-articles) have no relationships yet, so their MENTIONS
// are created without looking for one first: on a first load that check, and the locks
// MERGE takes on the entity when it finds nothing, cost about a fifth of the server's time.
UNWIND $rows AS row
MERGE (n:Country {key: row.key})
SET n.name = row.name,
    n.iso3 = coalesce(row.iso3, n.iso3)
SET n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases AS alias
      WITH DISTINCT alias ORDER BY alias
      RETURN alias
    }
WITH n, row
CALL (n, row) {
  UNWIND row.articles AS article
  MATCH (a:Article {key: article})
  MERGE (a)-[:MENTIONS]->(n)
}
CALL (n, row) {
  UNWIND row.newArticles AS article
  MATCH (a:Article {key: article})
  CREATE (a)-[:MENTIONS]->(n)
}
