import type { ConnectionTarget } from "../../src/neo4j/neo4j-errors.ts";
import { testNeo4j, withTestDriver } from "./helpers.ts";

export { withTestDriver };

/** The run's Neo4j (test/setup/neo4j-global-setup.ts), as the loader addresses it. */
export const TARGET: ConnectionTarget = { uri: testNeo4j().uri, database: testNeo4j().database };
