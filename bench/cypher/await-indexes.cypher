// Bench: waits until new indexes are online before timing writes that use them.
CALL db.awaitIndexes(300)
