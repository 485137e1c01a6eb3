import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "…and an official of the finance ministry's Department of Economic Affairs exchanged notes on
// three loans. The largest, ¥150 billion, is…": an organ money went to before is the other side's.
describe("funding constructions, a borrowing organ kept in view", () => {
  const JAPAN =
    "Japan is Kenya's most patient lender, and Japan's loans keep growing. Japan's ambassador " +
    "and an official of the finance ministry's Department of External Resources exchanged notes " +
    "on two loans worth ¥90 billion. ";

  it("gives a later part the state of the organ in view, not the organ", () => {
    expect(
      fundsOf(`${JAPAN}The largest, ¥50 billion, is the latest tranche for the port.`),
    ).toContain("country:JPN -> country:KEN 50000000000 JPY");
  });

  it("gives a later bare amount, in dollars, the same state", () => {
    expect(fundsOf(`${JAPAN}The largest, $300 million, is the first tranche.`)).toContain(
      "country:JPN -> country:KEN 300000000 USD",
    );
  });

  it("keeps the organ the sentence itself names when the payer is the report's state", () => {
    expect(fundsOf(`${JAPAN}The rest is for roads.`)).toContain(
      "country:JPN -> org:department-of-external-resources 90000000000 JPY",
    );
  });

  it("keeps a state's own organ it pays in its own report", () => {
    expect(
      fundsOf(
        "Nepal has suffered floods. Nepal has set aside 15 billion rupees to rebuild the " +
          "Ministry of Home Affairs.",
      ),
    ).toEqual(["country:NPL -> org:ministry-of-home-affairs 15000000000 NPR"]);
  });
});
