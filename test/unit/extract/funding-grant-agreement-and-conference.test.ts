import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "Japan signed a $90 million grant agreement with Nepal": between two states, the one that signs
// a grant agreement is most often its donor, so the grant keeps the subject as payer; only a loan
// or credit agreement says the subject borrows. A lender named after "with" still pays.
describe("FUNDS: a grant agreement a state signs with another state", () => {
  it("keeps the subject as donor of a grant agreement signed with another state", () => {
    expect(
      fundsOf(
        "Norway signed a $40 million grant agreement with Malawi on Monday for school meals.",
      ),
    ).toEqual(["country:NOR -> country:MWI 40000000 USD"]);
  });

  it("keeps the subject as donor of a grant deal in euros", () => {
    expect(fundsOf("Sweden signed a €15 million grant deal with Moldova in Chisinau.")).toEqual([
      "country:SWE -> country:MDA 15000000 EUR",
    ]);
  });

  it("keeps the subject as donor of a grant agreement in its own currency", () => {
    expect(
      fundsOf("Japan signed a 2 billion yen grant agreement with Cambodia for demining."),
    ).toEqual(["country:JPN -> country:KHM 2000000000 JPY"]);
  });

  it("still reads a state that signs a loan agreement with another state as the borrower", () => {
    expect(
      fundsOf("Laos signed a $300 million loan agreement with South Korea on Thursday for roads."),
    ).toEqual(["country:KOR -> country:LAO 300000000 USD"]);
  });

  it("still gives a grant agreement signed with a development bank to the state", () => {
    expect(
      fundsOf("Laos signed a $25 million grant agreement with the Asian Development Bank."),
    ).toEqual(["org:asian-development-bank -> country:LAO 25000000 USD"]);
  });

  it("keeps the subject as donor when it grants to the other state", () => {
    expect(fundsOf("South Korea granted Laos $25 million for rural clinics on Thursday.")).toEqual([
      "country:KOR -> country:LAO 25000000 USD",
    ]);
  });

  it("gives nothing for a grant agreement still under negotiation", () => {
    expect(
      fundsOf("Laos is negotiating a $25 million grant agreement with South Korea for clinics."),
    ).toEqual([]);
  });
});

// "Germany pledged €50 million at a donors' conference for Sudan in London": the money goes to
// the party the conference was held for, not its host or place; before, nothing was paid.
describe("FUNDS: money pledged at a conference held for a party", () => {
  it("gives a pledge to the state a donors' conference is for", () => {
    expect(
      fundsOf(
        "Germany pledged €50 million at a donors' conference for Sudan in London on Tuesday.",
      ),
    ).toEqual(["country:DEU -> country:SDN 50000000 EUR"]);
  });

  it("reads a pledging conference on a state, past the amount's purpose", () => {
    expect(
      fundsOf(
        "Norway pledged 500 million kroner for health care at an international pledging conference for Yemen hosted by Sweden.",
      ),
    ).toEqual(["country:NOR -> country:YEM 500000000 NOK"]);
  });

  it("reads a donor conference on a state in a local currency", () => {
    expect(
      fundsOf("Canada announced C$30 million at a donor conference on Syria in Brussels."),
    ).toEqual(["country:CAN -> country:SYR 30000000 CAD"]);
  });

  it("gives nothing to the host of the conference", () => {
    const facts = fundsOf(
      "Germany pledged €50 million at a donors' conference for Sudan hosted by Britain.",
    );
    expect(facts.join(" ")).not.toContain("country:GBR");
  });

  it("gives nothing for money only appealed for at such a conference", () => {
    expect(
      fundsOf("The UN appealed for $4 billion at a donors' conference for Sudan in London."),
    ).toEqual([]);
  });
});
