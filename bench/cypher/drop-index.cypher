// Bench: drops one index by name (from list-schema).
DROP INDEX $name IF EXISTS
