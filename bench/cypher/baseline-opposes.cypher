// Baseline: one OPPOSES relationship, in its own transaction: endpoints by key, MERGE on the
// fact key, properties set from the statement (the last article wins; no source lists).
MATCH (a:Entity {key: $from})
MATCH (b:Entity {key: $to})
MERGE (a)-[r:OPPOSES {key: $key}]->(b)
SET r += $properties
