// Writes: an Event node per row and the REPORTS relationship from the row's article to it.
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
MATCH (a:Article {key: row.article})
MERGE (a)-[:REPORTS]->(n)
