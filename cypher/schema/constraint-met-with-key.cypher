// Schema: every MET_WITH relationship has a unique fact key, so MERGE on it keeps one relationship
// per fact, and remove-sources finds an article's relationships by key through this index.
// Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT met_with_key IF NOT EXISTS
FOR ()-[r:MET_WITH]-() REQUIRE r.key IS UNIQUE
