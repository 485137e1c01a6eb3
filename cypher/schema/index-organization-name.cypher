// Schema: a range index on Organization.name, for organisations by name.
// Idempotent: IF NOT EXISTS.
CREATE INDEX organization_name IF NOT EXISTS
FOR (n:Organization) ON (n.name)
