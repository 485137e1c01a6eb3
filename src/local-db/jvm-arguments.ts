import type { ServerSettings } from "./server-options.ts";

/** The entry point that the tarball's `neo4j console` ends up running. */
export const ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";

/**
 * Flags the stock neo4j.conf passes through server.jvm.additional. Without the --add-opens the
 * server still starts, but the page cache falls back to slower buffers and native file access
 * (preallocation, fadvise) fails with "Incorrect file descriptor" warnings.
 */
const STOCK_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
] as const;

export interface ServerPaths {
  readonly homeDir: string;
  readonly confDir: string;
  /** A Java @argfile holding `-cp <class path>`, which keeps `ps` output readable. */
  readonly classPathArgFile: string;
}

export function buildServerArguments(settings: ServerSettings, paths: ServerPaths): string[] {
  return [
    `-Xms${settings.heapSize}`,
    `-Xmx${settings.heapSize}`,
    ...STOCK_JVM_FLAGS,
    `@${paths.classPathArgFile}`,
    ENTRY_POINT,
    `--home-dir=${paths.homeDir}`,
    `--config-dir=${paths.confDir}`,
    "--console-mode",
  ];
}

/** Java @argfile syntax: quoted, with backslashes and quotes escaped. */
export function renderClassPathArgFile(classPath: string): string {
  const quoted = classPath.replaceAll("\\", "\\\\").replaceAll('"', '\\"');
  return `-cp "${quoted}"\n`;
}
