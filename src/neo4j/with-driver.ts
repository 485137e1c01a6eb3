import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../config.ts";

export type { Driver };

/** Opens a driver, hands it to `work`, and always closes it. */
export async function withDriver<T>(
  config: Pick<Neo4jConfig, "uri" | "username" | "password">,
  work: (driver: Driver) => Promise<T>,
): Promise<T> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 30_000,
  });
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}
