// Schema: every Country has a unique key, so MERGE on it finds one node and two concurrent loaders
// cannot create two (MERGE takes the constraint's index lock). Also the index for key lookups.
// Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT country_key IF NOT EXISTS
FOR (n:Country) REQUIRE n.key IS UNIQUE
