// Reads: the name of every index and, for an index that backs a constraint, the constraint's name,
// so that the loader runs only the CREATE … IF NOT EXISTS statements whose rule is missing (each
// is a transaction of its own: ~110 ms for all 19 on every load, against one read here).
SHOW INDEXES YIELD name, owningConstraint
RETURN name, owningConstraint
