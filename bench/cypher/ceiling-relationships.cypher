// Ceiling: CREATE, no MERGE, of distinct relationships of one type, a batch of rows per
// transaction, endpoints through the range index.
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.properties
