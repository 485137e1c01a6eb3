import { DEFAULT_LOCAL_PASSWORD } from "../../config.ts";
import type { Neo4jConfig } from "../../config.ts";

/** Names the default password (it is public anyway), never a user's own. */
export function describePassword(config: Neo4jConfig): string {
  return config.password === DEFAULT_LOCAL_PASSWORD
    ? `password ${DEFAULT_LOCAL_PASSWORD}, the default; set NEO4J_PASSWORD in .env before the first start to change it`
    : "password from NEO4J_PASSWORD";
}
