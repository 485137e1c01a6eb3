import { fileURLToPath } from "node:url";

/** The repository root, found from this file so the commands work from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The Maven project that pins the Neo4j server artifacts. */
export const NEO4J_POM = fileURLToPath(new URL("../../neo4j-server/pom.xml", import.meta.url));

/** Where resolved class paths are cached, next to the pom (git-ignored). */
export const CLASS_PATH_CACHE_DIR = fileURLToPath(
  new URL("../../neo4j-server/target/", import.meta.url),
);

/** `db start` keeps its server here: conf, data, logs and the pid file (git-ignored). */
export const DEFAULT_STATE_DIR = fileURLToPath(new URL("../../.neo4j/local/", import.meta.url));
