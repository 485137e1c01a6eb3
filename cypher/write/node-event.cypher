// Writes: an Event node per row (one row per key and batch: the batch's articles that mention it
// are folded into row.articles, or row.newArticles for those it creates) and the REPORTS
// relationship from each of those articles to it.
// Key: Event.key (`event:<type>:<date>:<participants>`), unique by constraint.
// Idempotent: MERGE on the constrained key and on the (article)-[:REPORTS]->(event) pattern;
// properties are SET from the row, a missing date or place keeping the stored one.
// Articles the batch creates (create-articles) have no relationships yet, so their REPORTS
// are created without looking for one first: on a first load that check, and the locks
// MERGE takes on the entity when it finds nothing, cost about a fifth of the server's time.
UNWIND $rows AS row
MERGE (n:Event {key: row.key})
SET n.type = row.type,
    n.name = row.name,
    n.date = coalesce(row.date, n.date),
    n.place = coalesce(row.place, n.place),
    n.status = row.status
WITH n, row
CALL (n, row) {
  UNWIND row.articles AS article
  MATCH (a:Article {key: article})
  MERGE (a)-[:REPORTS]->(n)
}
CALL (n, row) {
  UNWIND row.newArticles AS article
  MATCH (a:Article {key: article})
  CREATE (a)-[:REPORTS]->(n)
}
