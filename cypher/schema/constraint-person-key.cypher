// Schema: every Person has a unique key, so MERGE on it finds one node and two concurrent loaders
// cannot create two (MERGE takes the constraint's index lock). Also the index for key lookups.
// Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT person_key IF NOT EXISTS
FOR (n:Person) REQUIRE n.key IS UNIQUE
