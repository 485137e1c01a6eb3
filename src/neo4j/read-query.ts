import neo4j from "neo4j-driver";
import type { Driver } from "neo4j-driver";
import type { QueryResult } from "../query/plain-value.ts";
import { toPlainValue } from "./to-plain-value.ts";

/** A read statement with its parameters; the names in `integers` travel as Cypher integers. */
export interface ReadQuery {
  readonly cypher: string;
  readonly parameters: Readonly<Record<string, string | number | boolean | null>>;
  /** JavaScript numbers reach Cypher as floats, which LIMIT and ranges refuse. */
  readonly integers: ReadonlySet<string>;
}

/** Runs one read statement (routed to a reader in a cluster); its records as plain data. */
export async function runReadQuery(
  driver: Driver,
  database: string | undefined,
  query: ReadQuery,
): Promise<QueryResult> {
  const parameters = Object.fromEntries(
    Object.entries(query.parameters).map(([name, value]) => [
      name,
      query.integers.has(name) && typeof value === "number" ? neo4j.int(value) : value,
    ]),
  );
  const { keys, records } = await driver.executeQuery(query.cypher, parameters, {
    database,
    routing: neo4j.routing.READ,
  });
  return {
    columns: keys.map(String),
    rows: records.map((record) => keys.map((key) => toPlainValue(record.get(key)))),
  };
}
