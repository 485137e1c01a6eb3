// Writes: an Issue node per row (one row per key and batch: the batch's articles that mention it
// are folded into row.articles, or row.newArticles for those it creates) and the MENTIONS
// relationship from each of those articles to it.
// Key: Issue.key (`issue:<slug>`), unique by constraint.
// Idempotent: MERGE on the constrained key and on the (article)-[:MENTIONS]->(issue) pattern;
// name is SET from the row; keywords become the sorted union of stored and new ones. Reading
// n.name in the first SET makes Cypher lock the node before reading.
// Articles the batch creates (create-articles) have no relationships yet, so their MENTIONS
// are created without looking for one first: on a first load that check, and the locks
// MERGE takes on the entity when it finds nothing, cost about a fifth of the server's time.
UNWIND $rows AS row
MERGE (n:Issue {key: row.key})
SET n.name = coalesce(row.name, n.name)
SET n.keywords = COLLECT {
      UNWIND coalesce(n.keywords, []) + row.keywords AS keyword
      WITH DISTINCT keyword ORDER BY keyword
      RETURN keyword
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
