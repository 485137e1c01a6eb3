// Bench: drops one constraint by name (from list-schema).
DROP CONSTRAINT $name IF EXISTS
