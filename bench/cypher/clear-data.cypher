// Bench: deletes every node and relationship, in batches so that a 50k-article graph does not
// need one huge transaction. Runs as an auto-commit query (CALL … IN TRANSACTIONS requires it).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
