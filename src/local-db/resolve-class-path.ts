import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { NewsgraphError } from "../errors.ts";
import { CLASS_PATH_CACHE_DIR, NEO4J_POM } from "./repo-paths.ts";
import { lastLines, runCommand } from "./run-command.ts";

/** A cold ~/.m2 downloads about 140 MB of jars. */
const RESOLVE_TIMEOUT_MS = 15 * 60_000;

/**
 * The server's class path from neo4j-server/pom.xml. Maven caches the jars in ~/.m2; the class
 * path itself is cached per pom content, so only the first start after a pom change runs Maven.
 */
export async function resolveClassPath(): Promise<string> {
  const pom = await readFile(NEO4J_POM);
  const digest = createHash("sha256").update(pom).digest("hex").slice(0, 16);
  const cacheFile = join(CLASS_PATH_CACHE_DIR, `classpath-${digest}.txt`);
  const cached = await readUsableClassPath(cacheFile);
  if (cached !== undefined) return cached;
  await mkdir(CLASS_PATH_CACHE_DIR, { recursive: true });
  // Written aside and renamed, so a concurrent start never reads a half-written file.
  const partial = `${cacheFile}.${process.pid}.partial`;
  await runMaven(partial);
  await rename(partial, cacheFile);
  return (await readFile(cacheFile, "utf8")).trim();
}

async function readUsableClassPath(file: string): Promise<string | undefined> {
  if (!existsSync(file)) return undefined;
  const classPath = (await readFile(file, "utf8")).trim();
  // A cleaned ~/.m2 leaves a cached list of jars that are gone.
  const complete = classPath !== "" && classPath.split(delimiter).every((jar) => existsSync(jar));
  return complete ? classPath : undefined;
}

async function runMaven(outputFile: string): Promise<void> {
  const args = [
    "-q",
    "-B",
    "-f",
    NEO4J_POM,
    "dependency:build-classpath",
    `-Dmdep.outputFile=${outputFile}`,
  ];
  const result = await runCommand("mvn", args, { timeoutMs: RESOLVE_TIMEOUT_MS });
  if (result.code === 0 && existsSync(outputFile)) return;
  throw new NewsgraphError(
    "local-db",
    `Maven could not resolve the Neo4j server from ${NEO4J_POM} ` +
      `(check that Maven Central is reachable, or run \`mvn -f ${NEO4J_POM} dependency:build-classpath\` to see why):\n` +
      lastLines(result.stdout + result.stderr),
    { context: { path: NEO4J_POM } },
  );
}
