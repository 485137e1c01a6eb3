import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPORTED_SPEECH_VERBS, SPEECH_VERBS } from "../../../src/extract/facts/speech-verbs.ts";

// The speech verbs are read while opposition-holder.ts loads, inside the import cycle
// opposition-verbs → opposition-valence → opposition-target → opposition-holder: kept in
// opposition-verbs.ts they were not yet initialised when extract-graph.ts was the first module
// loaded unbundled (tsx), and loading threw a ReferenceError. A leaf module has no such order.
describe("speech verbs: a leaf module the opposition frames read at load time", () => {
  it("imports nothing, so no cycle can reach it before it is initialised", () => {
    const source = readFileSync(
      new URL("../../../src/extract/facts/speech-verbs.ts", import.meta.url),
      "utf8",
    );
    expect(source).not.toMatch(/^\s*import\b/mu);
  });

  it("loads extract-graph.ts first and unbundled without a ReferenceError", () => {
    const child = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        'await import("./src/extract/extract-graph.ts"); console.log("ok");',
      ],
      { cwd: new URL("../../../", import.meta.url), encoding: "utf8" },
    );
    expect(child.stderr).not.toContain("ReferenceError");
    expect(child.stdout.trim()).toBe("ok");
  }, 60_000);

  it("keeps the reported-speech list that reads charges and verdicts", () => {
    for (const verb of ["said", "warned", "complained", "told"])
      expect(new RegExp(`^(?:${REPORTED_SPEECH_VERBS})$`).test(verb)).toBe(true);
  });

  it("keeps the narrower list that opens what a speaker said, without 'warned'", () => {
    const open = new RegExp(`^(?:${SPEECH_VERBS})$`);
    expect(open.test("announced")).toBe(true);
    expect(open.test("warned")).toBe(false);
  });
});
