import { describe, expect, it } from "vitest";
import {
  formatPidRecord,
  isOurServerCommandLine,
  parsePidRecord,
} from "../../../src/local-db/pid-record.ts";
import type { PidRecord } from "../../../src/local-db/pid-record.ts";

const RECORD: PidRecord = {
  pid: 4242,
  homeDir: "/repo/.neo4j/local",
  boltPort: 7687,
  httpPort: 7474,
  authEnabled: true,
  startedAt: "2024-05-01T03:30:35.000Z",
};

describe("pid file", () => {
  it("round-trips", () => {
    expect(parsePidRecord(formatPidRecord(RECORD))).toEqual(RECORD);
  });

  it.each([
    ["empty", ""],
    ["a bare pid, as other tools write", "4242\n"],
    ["a negative pid", formatPidRecord({ ...RECORD, pid: -1 })],
    ["a record without ports", JSON.stringify({ pid: 4242, homeDir: "/x" })],
  ])("treats %s as absent", (_what, text) => {
    expect(parsePidRecord(text)).toBeUndefined();
  });
});

describe("isOurServerCommandLine", () => {
  const ours =
    "java -Xms512m -Xmx512m @/repo/.neo4j/local/classpath.args org.neo4j.server.CommunityEntryPoint " +
    "--home-dir=/repo/.neo4j/local --config-dir=/repo/.neo4j/local/conf --console-mode";

  it("accepts our entry point on our home folder", () => {
    expect(isOurServerCommandLine(ours, RECORD.homeDir)).toBe(true);
  });

  it("rejects a Neo4j on another home folder", () => {
    expect(isOurServerCommandLine(ours, "/elsewhere")).toBe(false);
  });

  it("rejects a process that reused the pid", () => {
    expect(isOurServerCommandLine("vim /repo/.neo4j/local/neo4j.pid", RECORD.homeDir)).toBe(false);
  });
});
