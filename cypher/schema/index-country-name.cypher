// Schema: a range index on Country.name, for countries by name.
// Idempotent: IF NOT EXISTS.
CREATE INDEX country_name IF NOT EXISTS
FOR (n:Country) ON (n.name)
