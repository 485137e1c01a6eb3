// Writes: an Organization node per row (one row per key and batch: the batch's articles that
// mention it are folded into row.articles) and the MENTIONS relationship from each of those
// articles to it.
// Key: Organization.key (`org:<slug>`), unique by constraint.
// Idempotent: MERGE on the constrained key and on the (article)-[:MENTIONS]->(organization)
// pattern; name is SET from the row (a missing country keeps the stored one); aliases become the
// sorted union of stored and new ones. Reading n.country in the first SET locks the node first.
UNWIND $rows AS row
MERGE (n:Organization {key: row.key})
SET n.name = row.name,
    n.country = coalesce(row.country, n.country)
SET n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases AS alias
      WITH DISTINCT alias ORDER BY alias
      RETURN alias
    }
WITH n, row
UNWIND row.articles AS article
MATCH (a:Article {key: article})
MERGE (a)-[:MENTIONS]->(n)
