// Writes: an Event node per row (one row per key and batch: the batch's articles that
// mention it are folded into row.articles) and the REPORTS relationship from each of those
// articles to it.
// Key: Event.key (`event:<type>:<date>:<participants>`), unique by constraint.
// Idempotent: MERGE on the constrained key and on the (article)-[:REPORTS]->(event) pattern;
// properties are SET from the row, a missing date or place keeping the stored one.
UNWIND $rows AS row
MERGE (n:Event {key: row.key})
SET n.type = row.type,
    n.name = row.name,
    n.date = coalesce(row.date, n.date),
    n.place = coalesce(row.place, n.place),
    n.status = row.status
WITH n, row
UNWIND row.articles AS article
MATCH (a:Article {key: article})
MERGE (a)-[:REPORTS]->(n)
