// Bench: deletes every node once clear-relationships has run, in batches.
// Runs as an auto-commit query (CALL … IN TRANSACTIONS requires it).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
