// Writes: an Issue node per row (one row per key and batch: the batch's articles that
// mention it are folded into row.articles) and the MENTIONS relationship from each of those
// articles to it.
// Key: Issue.key (`issue:<slug>`), unique by constraint.
// Idempotent: MERGE on the constrained key and on the (article)-[:MENTIONS]->(issue) pattern;
// name is SET from the row; keywords become the sorted union of stored and new ones. Reading
// n.name in the first SET makes Cypher lock the node before reading.
UNWIND $rows AS row
MERGE (n:Issue {key: row.key})
SET n.name = coalesce(row.name, n.name)
SET n.keywords = COLLECT {
      UNWIND coalesce(n.keywords, []) + row.keywords AS keyword
      WITH DISTINCT keyword ORDER BY keyword
      RETURN keyword
    }
WITH n, row
UNWIND row.articles AS article
MATCH (a:Article {key: article})
MERGE (a)-[:MENTIONS]->(n)
