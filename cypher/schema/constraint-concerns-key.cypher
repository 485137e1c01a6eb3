// Schema: every CONCERNS relationship has a unique fact key, so MERGE on it keeps one relationship
// per fact, and remove-sources finds an article's relationships by key through this index.
// Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT concerns_key IF NOT EXISTS
FOR ()-[r:CONCERNS]-() REQUIRE r.key IS UNIQUE
