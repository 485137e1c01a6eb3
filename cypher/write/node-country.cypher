// Writes: a Country node per row (one row per key and batch: the batch's articles that
// mention it are folded into row.articles) and the MENTIONS relationship from each of those
// articles to it.
// Key: Country.key (`country:<ISO 3166-1 alpha-3>`), unique by constraint.
// Idempotent: MERGE on the constrained key and on the (article)-[:MENTIONS]->(country) pattern;
// name and iso3 are SET from the row; aliases become the sorted union of stored and new ones.
// Reading n.iso3 in the first SET makes Cypher lock the node before reading.
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
UNWIND row.articles AS article
MATCH (a:Article {key: article})
MERGE (a)-[:MENTIONS]->(n)
