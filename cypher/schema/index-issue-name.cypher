// Schema: a range index on Issue.name, for issues by name.
// Idempotent: IF NOT EXISTS.
CREATE INDEX issue_name IF NOT EXISTS
FOR (n:Issue) ON (n.name)
