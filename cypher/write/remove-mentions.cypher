// Writes: deletes the row's article's MENTIONS and REPORTS relationships, except those to the
// entities in row.keep (which the article's new version mentions again), then every entity they
// pointed to that no article mentions or reports any more.
// Key: Article.key; entities are reached from the article, never looked up by text.
// Idempotent: once the relationships are gone the pattern matches nothing. Deleting a MENTIONS
// locks its entity, so a loader adding a mention concurrently is seen before the entity goes.
// collect() waits for every deletion of the batch before checking which entities are orphaned.
UNWIND $rows AS row
MATCH (:Article {key: row.article})-[m:MENTIONS|REPORTS]->(n)
WHERE NOT n.key IN row.keep
DELETE m
WITH collect(DISTINCT n) AS mentioned
UNWIND mentioned AS n
WITH n WHERE NOT EXISTS { (:Article)-[:MENTIONS|REPORTS]->(n) }
DETACH DELETE n
