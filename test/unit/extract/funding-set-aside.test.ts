import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// Aid a payer holds back, keeps on hold or puts on ice is not money given ("Aid frozen or put on
// hold with no stance stated is neither OPPOSES nor FUNDS").
describe("money held back or kept on hold", () => {
  it("gives nothing for an amount held back or kept back", () => {
    expect(fundsOf("Denmark has held back 90 million kroner of budget support to Uganda.")).toEqual(
      [],
    );
    expect(
      fundsOf("Canada has quietly kept back about C$15 million in aid to Haiti's police."),
    ).toEqual([]);
    expect(fundsOf("Sweden is holding back SEK 300 million of aid to Zambia this year.")).toEqual(
      [],
    );
  });

  it("gives nothing for an amount kept or put on hold or on ice, however long its noun phrase", () => {
    expect(
      fundsOf(
        "Australia has kept a A$40 million programme for rural roads in Papua New Guinea's highlands on hold since June.",
      ),
    ).toEqual([]);
    expect(
      fundsOf("The World Bank put its $600 million loan for Lebanon's power grid on ice."),
    ).toEqual([]);
  });

  it("gives nothing for an amount a relative clause says its payer put on hold", () => {
    expect(
      fundsOf(
        "A $90 million irrigation loan for Tajikistan, which Kuwait put on hold after the border clashes, is still frozen.",
      ),
    ).toEqual([]);
  });

  it("gives nothing for an amount inside a long subject that has been on hold or frozen", () => {
    expect(
      fundsOf(
        "Disbursements under a €35 million facility backing Kenyan police officers deployed against gangs in Haiti's capital have been on hold since March.",
      ),
    ).toEqual([]);
    expect(
      fundsOf(
        "Transfers from a $70 million trust fund for teachers' salaries in the northern provinces of Afghanistan have remained frozen for a year.",
      ),
    ).toEqual([]);
  });

  it("gives nothing for an amount kept on hold in quotation marks", () => {
    expect(
      fundsOf('Norway has kept a $25 million grant to Malawi "on hold" since the audit.'),
    ).toEqual([]);
  });

  it("keeps an amount whose recipient's own money a relative clause says is on hold", () => {
    // Only a long subject counts, and a relative pronoun starts a clause of its own.
    expect(
      fundsOf(
        "Ireland gave €8 million to smallholders in the drought-hit eastern regions of Ethiopia whose bank loans have been on hold since March.",
      ),
    ).toEqual(["country:IRL -> country:ETH 8000000 EUR"]);
    expect(
      fundsOf(
        "Finland approved €12 million for Nepal's health posts in the remote western districts, which have remained suspended since the floods.",
      ),
    ).toEqual(["country:FIN -> country:NPL 12000000 EUR"]);
    expect(
      fundsOf(
        "The World Bank, which had put its loans to Laos on hold in 2023, approved $30 million for Laos on Friday.",
      ),
    ).toEqual(["org:world-bank -> country:LAO 30000000 USD"]);
  });

  it("reads the same hedges before an amount kept on hold as elsewhere ('more than')", () => {
    expect(
      fundsOf("Norway has kept more than $25 million in aid for Malawi's hospitals on hold."),
    ).toEqual([]);
    expect(fundsOf("Norway has given more than $25 million in aid to Malawi.")).toEqual([
      "country:NOR -> country:MWI 25000000 USD",
    ]);
  });

  it("keeps money given, and money given back after a hold", () => {
    expect(fundsOf("Denmark has given 90 million kroner of budget support to Uganda.")).toEqual([
      "country:DNK -> country:UGA 90000000 DKK",
    ]);
    expect(
      fundsOf(
        "Australia has approved a A$40 million programme for rural roads in Papua New Guinea.",
      ),
    ).toEqual(["country:AUS -> country:PNG 40000000 AUD"]);
    expect(
      fundsOf(
        "Kuwait approved a $90 million irrigation loan for Tajikistan, which holds elections in May.",
      ),
    ).toEqual(["country:KWT -> country:TJK 90000000 USD"]);
    expect(
      fundsOf("Japan gave $50 million to Cambodia and kept its road programme for Laos on hold."),
    ).toEqual(["country:JPN -> country:KHM 50000000 USD"]);
  });
});
