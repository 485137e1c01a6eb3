// Bench: deletes every relationship, in batches, before the nodes: a node with 50k MENTIONS
// deleted with DETACH in one transaction would exceed the transaction memory limit.
// Runs as an auto-commit query (CALL … IN TRANSACTIONS requires it).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
