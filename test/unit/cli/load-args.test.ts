import { describe, expect, it } from "vitest";
import { parseLoadArgs } from "../../../src/cli/load/load-args.ts";
import { describeProgress } from "../../../src/cli/load/progress-line.ts";

describe("parseLoadArgs", () => {
  it("defaults to seeds/, two at a time, batches of 500", () => {
    expect(parseLoadArgs([])).toEqual({
      paths: ["seeds/"],
      dryRun: false,
      verbose: false,
      json: false,
      sync: false,
      concurrency: 2,
      batchSize: 500,
    });
  });

  it("reads paths and options", () => {
    const args = parseLoadArgs([
      "a/",
      "b.txt",
      "--concurrency",
      "4",
      "--batch-size=10",
      "--sync",
      "--json",
    ]);
    expect(args).toMatchObject({
      paths: ["a/", "b.txt"],
      concurrency: 4,
      batchSize: 10,
      sync: true,
      json: true,
    });
  });

  it("refuses a bad number or an unknown option as a config error", () => {
    expect(() => parseLoadArgs(["--concurrency", "0"])).toThrow(/--concurrency must be at least 1/);
    expect(() => parseLoadArgs(["--batch-size", "ten"])).toThrow(/--batch-size takes a number/);
    expect(() => parseLoadArgs(["--fast"])).toThrow(expect.objectContaining({ kind: "config" }));
  });
});

describe("describeProgress", () => {
  it("shows a bar, the rate and the time left", () => {
    expect(describeProgress({ done: 50, loaded: 40, unchanged: 9, failed: 1 }, 200, 10_000)).toBe(
      "[######------------------] 50/200 articles  5.0/s  ETA 0:30  (1 failed)",
    );
  });

  it("drops the bar when the file count underestimates the articles", () => {
    expect(describeProgress({ done: 30, loaded: 30, unchanged: 0, failed: 0 }, 1, 1_000)).toBe(
      "30 articles  30.0/s",
    );
  });
});
