import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "../../../src/eval/run-eval.ts";
import { REPO } from "./helpers.ts";

// Floors on the development split only: the held-out split is for measuring, never for tests.
// FUNDS was 0.86 on 62 articles; articles 63-70, funding reports in press-release and
// financial-press styles written by someone who had not read the rules, scored 0.29 when added,
// and the split as a whole now stands at 0.78.
const FLOORS: Readonly<Record<string, number>> = {
  Person: 0.96,
  Country: 0.985,
  MET_WITH: 0.925,
  OPPOSES: 0.735,
  FUNDS: 0.765,
};

describe("extraction quality on the development split", async () => {
  const report = await runEval(join(REPO, "test", "fixtures"), "dev");

  it("reads every gold-annotated development article", () => {
    expect(report.articles).toBeGreaterThanOrEqual(70);
  });

  for (const [type, floor] of Object.entries(FLOORS)) {
    it(`keeps ${type} F1 at or above ${floor}`, () => {
      const row = report.rows.find((r) => r.type === type);
      expect(row?.f1).toBeGreaterThanOrEqual(floor);
    });
  }
});
