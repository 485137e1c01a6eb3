// Writes: one PARTICIPATED_IN relationship per fact, that the Organization took part in the Event.
// Its sources are not stored on it: each article lists the facts it states (Article.relationshipKeys)
// and their evidence sentences (Article.evidence*), written once with the article, so a fact
// cited by a thousand articles costs no more to write than a fact cited once.
// Key: r.key = `PARTICIPATED_IN|<from>|<to>`, unique by constraint; endpoints by
// Organization.key and Event.key.
// Idempotent: MERGE on the key, then the row's properties are SET (the batch's last article
// stating the fact wins for descriptive ones such as a place). When r exists, setting r.key (to
// its own value) takes r's write lock, so remove-sources, deciding concurrently whether r is still
// supported, either sees this article committed or deletes r before this MERGE looks for it; a
// relationship the MERGE creates is set only once (setting its key again cost a property write
// and made Cypher hold every row back in an Eager).
UNWIND $rows AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Event {key: row.to})
MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b)
ON MATCH SET r.key = row.key
SET r += row.properties
