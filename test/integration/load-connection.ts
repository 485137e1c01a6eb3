import { withDriver } from "../../src/neo4j/with-driver.ts";
import type { Driver } from "../../src/neo4j/with-driver.ts";
import type { ConnectionTarget } from "../../src/neo4j/neo4j-errors.ts";

/** Temporary until test/integration/helpers.ts lands. */
const URI = process.env["NEWSGRAPH_TEST_URI"] ?? "bolt://127.0.0.1:17687";

export const TARGET: ConnectionTarget = { uri: URI, database: undefined };

export function withTestDriver<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  return withDriver({ uri: URI, username: "neo4j", password: "unused-password" }, work);
}
