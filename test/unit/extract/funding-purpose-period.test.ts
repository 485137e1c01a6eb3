import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "The European Union announced €120 million for troop allowances for the first half of 2027":
// the purpose ran on past the second "for" and was read as the period; a period after the
// purpose ends it.
describe("FUNDS: a period after the purpose ends it", () => {
  it("reads the purpose before 'for the first half of' a year", () => {
    expect(
      fundsOf(
        "Japan announced $40 million for police salaries for the first half of 2026, officials " +
          "in Port-au-Prince said.",
      ).join(" "),
    ).toContain("country:JPN -> issue:police-salaries 40000000 USD");
  });

  it("reads the purpose before 'for the next quarter'", () => {
    expect(
      fundsOf("Canada pledged C$15 million for school meals for the next quarter.").join(" "),
    ).toContain("issue:school-meals");
  });

  it("reads the purpose before 'for the rest of the year'", () => {
    expect(
      fundsOf(
        "Norway pledged 200 million kroner for fuel imports for the rest of the year to Moldova.",
      ).join(" "),
    ).not.toContain("issue:rest-of-the-year");
  });

  it("keeps a purpose whose own words name a half", () => {
    expect(
      fundsOf("Germany pledged €30 million for the first half of the new hospital in Kabul.").join(
        " ",
      ),
    ).toContain("country:DEU -> ");
  });
});
