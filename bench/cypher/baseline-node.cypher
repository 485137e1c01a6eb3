// Baseline: one node, in its own transaction: MERGE on the base label and key, then its own
// label and properties. A naive builder runs this for every entity of every chunk.
MERGE (n:Entity {key: $key})
SET n:$($label), n += $properties
