// Ceiling: CREATE, no MERGE, of distinct nodes of one label, a batch of rows per transaction.
UNWIND $rows AS row
CREATE (n:Entity:$($label))
SET n = row.properties
