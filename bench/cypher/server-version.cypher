// Bench: the Neo4j version and edition, for the results file.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
