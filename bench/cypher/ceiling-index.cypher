// Ceiling: a plain range index (no uniqueness, no check) so that relationships can find their
// endpoints; without it every endpoint lookup would scan all nodes.
CREATE INDEX bench_entity_key IF NOT EXISTS
FOR (n:Entity) ON (n.key)
