// Bench: every constraint, to drop it before the next phase.
SHOW CONSTRAINTS YIELD name
RETURN name
