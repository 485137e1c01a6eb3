// Baseline: the one uniqueness constraint a naive builder relies on, on a base label that every
// node carries (as LangChain's __Entity__), so each MERGE below seeks by index, not by scan.
CREATE CONSTRAINT bench_entity_key IF NOT EXISTS
FOR (n:Entity) REQUIRE n.key IS UNIQUE
