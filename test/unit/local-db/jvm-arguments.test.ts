import { describe, expect, it } from "vitest";
import { parseJavaMajorVersion } from "../../../src/local-db/java-runtime.ts";
import {
  buildServerArguments,
  renderClassPathArgFile,
} from "../../../src/local-db/jvm-arguments.ts";
import { resolveSettings } from "../../../src/local-db/server-options.ts";

describe("buildServerArguments", () => {
  const args = buildServerArguments(resolveSettings({ stateDir: "/s", heapSize: "1g" }), {
    homeDir: "/s",
    confDir: "/s/conf",
    classPathArgFile: "/s/classpath.args",
  });

  it("sets the heap and opens java.base the way the stock neo4j.conf does", () => {
    expect(args).toEqual(
      expect.arrayContaining(["-Xms1g", "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED"]),
    );
    expect(args).toContain("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    expect(args).toContain("-Dio.netty.tryReflectionSetAccessible=true");
  });

  it("ends with the entry point and its folders", () => {
    expect(args.slice(-5)).toEqual([
      "@/s/classpath.args",
      "org.neo4j.server.CommunityEntryPoint",
      "--home-dir=/s",
      "--config-dir=/s/conf",
      "--console-mode",
    ]);
  });
});

describe("renderClassPathArgFile", () => {
  it("quotes the class path and escapes what Java's argfile syntax needs", () => {
    expect(renderClassPathArgFile('/a b/x.jar:C:\\m2\\"y".jar')).toBe(
      '-cp "/a b/x.jar:C:\\\\m2\\\\\\"y\\".jar"\n',
    );
  });
});

describe("parseJavaMajorVersion", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_402"', 8],
    ["no version here", undefined],
  ])("%s -> %s", (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });
});
