// Baseline: one REPORTS relationship from an article, in its own transaction; endpoints by key.
MATCH (a:Entity {key: $from})
MATCH (b:Entity {key: $to})
MERGE (a)-[:REPORTS]->(b)
