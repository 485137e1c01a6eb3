// Writes: one OPPOSES relationship per fact, that the Country opposes the Organization.
// Its sources are not stored on it: each article lists the facts it states (Article.relationshipKeys)
// and their evidence sentences (Article.evidence*), written once with the article, so a fact
// cited by a thousand articles costs no more to write than a fact cited once.
// Key: r.key = `OPPOSES|<from>|<to>`, unique by constraint; endpoints by
// Country.key and Organization.key.
// Idempotent: MERGE on the key, then the row's properties are SET (the batch's last article
// stating the fact wins for descriptive ones such as a place). When r exists, setting r.key (to
// its own value) takes r's write lock, so remove-sources, deciding concurrently whether r is still
// supported, either sees this article committed or deletes r before this MERGE looks for it; a
// relationship the MERGE creates is set only once (setting its key again cost a property write
// and made Cypher hold every row back in an Eager).
UNWIND $rows AS row
MATCH (a:Country {key: row.from})
MATCH (b:Organization {key: row.to})
MERGE (a)-[r:OPPOSES {key: row.key}]->(b)
ON MATCH SET r.key = row.key
SET r += row.properties
