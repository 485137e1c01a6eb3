import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "…three yen loans worth a combined ¥260 billion between the agency (JICA) and India's finance
// ministry: ¥150 billion for…": a deal named before its amount, with its two sides after it, is
// the lending body's to the other; before, only "a $X loan between" was read, and an acronym in
// brackets after the lender hid the second side.
describe("FUNDS: loans worth an amount between a lender and a borrower", () => {
  it("reads the total of loans named before their amount", () => {
    expect(
      fundsOf(
        "Officials signed two loans worth a combined $900 million between the Islamic Development Bank and Uzbekistan's finance ministry on Monday.",
      ),
    ).toEqual(["org:islamic-development-bank -> country:UZB 900000000 USD"]);
  });

  it("reads the lender past its acronym in brackets, and the parts after a colon", () => {
    expect(
      fundsOf(
        "Officials signed three loans worth a total of ¥120 billion between the Japan International Cooperation Agency (JICA) and Indonesia's finance ministry: ¥80 billion for a commuter rail line and ¥40 billion for flood control.",
      ),
    ).toEqual([
      "org:japan-international-cooperation-agency -> country:IDN 120000000000 JPY",
      "org:japan-international-cooperation-agency -> issue:commuter-rail-line 80000000000 JPY",
      "org:japan-international-cooperation-agency -> issue:flood-control 40000000000 JPY",
    ]);
  });

  it("reads a credit line worth an amount between a bank and a state's lender", () => {
    expect(
      fundsOf(
        "Ministers witnessed the signing of credit lines worth about €300 million between the European Investment Bank and Tunisia's central development bank.",
      ),
    ).toContain("org:european-investment-bank -> country:TUN 300000000 EUR");
  });

  it("gives nothing for trade worth an amount between two states", () => {
    expect(
      fundsOf(
        "Trade worth $12 billion a year flows between the European Union and Morocco, officials said.",
      ),
    ).toEqual([]);
  });

  it("does not order two bodies of no state", () => {
    const facts = fundsOf(
      "Officials signed loans worth $500 million between the World Bank and the International Finance Corporation.",
    );
    expect(facts.join(" ")).not.toContain("org:world-bank -> org:international-finance");
  });
});
