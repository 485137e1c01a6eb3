/** The local Neo4j: started on the local Java from Maven Central, or through docker compose. */
export { startLocalNeo4j } from "./start-local-neo4j.ts";
export { localNeo4jStatus, stopLocalNeo4j } from "./local-neo4j-status.ts";
export type { LocalNeo4jStatus } from "./local-neo4j-status.ts";
export type { LocalNeo4j, LocalNeo4jOptions } from "./server-options.ts";
export type { ServerVersion } from "./http-discovery.ts";
export { isBoltReachable } from "./is-bolt-reachable.ts";
export { findFreePort, findFreePorts } from "./free-port.ts";
export { isDockerEngineAvailable, runCompose } from "./docker-compose.ts";
export { checkJava, checkMaven, requireJavaToolchain } from "./java-runtime.ts";
export { resolveClassPath } from "./resolve-class-path.ts";
export { DEFAULT_STATE_DIR, REPO_ROOT } from "./repo-paths.ts";
