// Schema: a range index on Person.name, for people by name, as users look them up.
// Idempotent: IF NOT EXISTS.
CREATE INDEX person_name IF NOT EXISTS
FOR (n:Person) ON (n.name)
