// Bench: every index that no constraint owns, but the token lookup indexes, which a fresh
// database has too: to drop them before the next phase.
SHOW INDEXES YIELD name, type, owningConstraint
WHERE type <> "LOOKUP" AND owningConstraint IS NULL
RETURN name
