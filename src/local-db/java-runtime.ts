import { NewsgraphError } from "../errors.ts";
import { runCommand } from "./run-command.ts";

/** 5.26 is the last Neo4j line that runs on Java 17; newer lines need 21. */
export const MINIMUM_JAVA = 17;

export type ToolCheck =
  { readonly ok: true; readonly version: string } | { readonly ok: false; readonly reason: string };

const INSTALL_HINT =
  "install a JDK 17 or 21 and Maven 3.8+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven; " +
  "macOS: brew install openjdk@17 maven), or start a Docker engine, or set NEO4J_URI to a running Neo4j";

/** Reads the major version from `java -version` output: "17.0.15", "21", or legacy "1.8.0_402". */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match === null) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export async function checkJava(): Promise<ToolCheck> {
  const result = await runCommand("java", ["-version"], { timeoutMs: 30_000 });
  if (result.notFound) return { ok: false, reason: "no `java` on the PATH" };
  const major = parseJavaMajorVersion(result.stderr + result.stdout);
  if (result.code !== 0 || major === undefined) {
    return { ok: false, reason: `\`java -version\` failed: ${result.stderr.trim()}` };
  }
  if (major < MINIMUM_JAVA)
    return { ok: false, reason: `found Java ${major}, need ${MINIMUM_JAVA}+` };
  return { ok: true, version: String(major) };
}

export async function checkMaven(): Promise<ToolCheck> {
  const result = await runCommand("mvn", ["-v"], { timeoutMs: 60_000 });
  if (result.notFound) return { ok: false, reason: "no `mvn` on the PATH" };
  if (result.code !== 0) return { ok: false, reason: `\`mvn -v\` failed: ${result.stderr.trim()}` };
  return { ok: true, version: result.stdout.split("\n")[0] ?? "" };
}

/** Both tools the Java-run server needs, or an error that says what to install. */
export async function requireJavaToolchain(): Promise<void> {
  const checks = await Promise.all([checkJava(), checkMaven()]);
  const problems = checks.flatMap((check) => (check.ok ? [] : [check.reason]));
  if (problems.length === 0) return;
  throw new NewsgraphError(
    "local-db",
    `cannot run Neo4j on the local Java (${problems.join("; ")}): ${INSTALL_HINT}`,
  );
}
