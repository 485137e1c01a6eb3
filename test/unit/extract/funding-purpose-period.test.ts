import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "The European Union announced €120 million for troop allowances for the first half of 2027":
// the purpose ran on past the second "for" and was read as the period; a period after the
// purpose ends it. The sentences are our own.
describe("FUNDS: a period after the purpose ends it", () => {
  it("reads the purpose before 'for the first half of' a year", () => {
    expect(
      fundsOf(
        "Japan announced $40 million for police salaries for the first half of 2026, officials " +
          "in Port-au-Prince said.",
      ),
    ).toEqual(["country:JPN -> issue:police-salaries 40000000 USD"]);
  });

  it("reads the purpose before 'for the next quarter' or 'for the next two years'", () => {
    expect(fundsOf("Canada pledged C$15 million for school meals for the next quarter.")).toEqual([
      "country:CAN -> issue:school-meals 15000000 CAD",
    ]);
    expect(fundsOf("Canada pledged C$15 million for school meals for the next two years.")).toEqual(
      ["country:CAN -> issue:school-meals 15000000 CAD"],
    );
  });

  it("reads the purpose before 'for the coming year', 'for the past six weeks'", () => {
    expect(
      fundsOf("Australia pledged A$8 million for flood shelters for the coming year."),
    ).toEqual(["country:AUS -> issue:flood-shelters 8000000 AUD"]);
    expect(
      fundsOf("Ireland has paid €3 million for cholera vaccines for the past six weeks."),
    ).toEqual(["country:IRL -> issue:cholera-vaccines 3000000 EUR"]);
  });

  it("reads the purpose before a year, a fiscal year or a season", () => {
    expect(fundsOf("Canada pledged C$15 million for school meals for 2027.")).toEqual([
      "country:CAN -> issue:school-meals 15000000 CAD",
    ]);
    expect(fundsOf("Sweden set aside $6 million for seed stocks for fiscal 2026.")).toEqual([
      "country:SWE -> issue:seed-stocks 6000000 USD",
    ]);
    expect(fundsOf("Denmark pledged $5 million for clinic staff for the 2026–27 season.")).toEqual([
      "country:DNK -> issue:clinic-staff 5000000 USD",
    ]);
    expect(fundsOf("Austria pledged $4 million for water pumps for 2027 in Chad.")).toEqual([
      "country:AUT -> issue:water-pumps 4000000 USD",
    ]);
  });

  it("reads the purpose before 'for the rest of the year'", () => {
    expect(
      fundsOf(
        "Norway pledged 200 million kroner for fuel imports for the rest of the year to Moldova.",
      ),
    ).toEqual(["country:NOR -> country:MDA 200000000 NOK"]);
    expect(
      fundsOf("Norway pledged $20 million for fuel imports for the rest of the year."),
    ).toEqual(["country:NOR -> issue:fuel-imports 20000000 USD"]);
  });

  it("keeps a purpose whose own words name a half or a phase after a second 'for'", () => {
    expect(
      fundsOf("Germany pledged €30 million for grants for the first half of applicants."),
    ).toEqual(["country:DEU -> issue:grants-for-the-first-half-of-applicants 30000000 EUR"]);
    expect(fundsOf("Spain pledged €9 million for rail works for the second phase.")).toEqual([
      "country:ESP -> issue:rail-works-for-the-second-phase 9000000 EUR",
    ]);
  });

  it("keeps a purpose whose own words name a year after a second 'for'", () => {
    expect(fundsOf("Qatar pledged $10 million for stadiums for 2030 World Cup fans.")).toEqual([
      "country:QAT -> issue:stadiums-for-2030-world-cup-fans 10000000 USD",
    ]);
  });
});
