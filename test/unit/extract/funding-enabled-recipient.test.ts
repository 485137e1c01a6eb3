import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "a facility that lets Pakistan import crude": the state the money lets act receives it; the
// place where a payer signs at home ("in Riyadh") is never where its money goes.
describe("the state money lets act, and the payer's own place", () => {
  it("gives the money to the state a relative or participle says it lets act", () => {
    expect(
      fundsOf(
        "The Kuwait Fund approved a KD 15 million loan that will help Jordan expand its water network.",
      ),
    ).toEqual(["org:kuwait-fund -> country:JOR 15000000 KWD"]);
    expect(
      fundsOf("China signed a 2 billion yuan credit line allowing Sri Lanka to buy fertiliser."),
    ).toEqual(["country:CHN -> country:LKA 2000000000 CNY"]);
    expect(
      fundsOf(
        "The Islamic Development Bank signed a $200 million facility which lets Egypt import wheat.",
      ),
    ).toEqual(["org:islamic-development-bank -> country:EGY 200000000 USD"]);
  });

  it("does not give a payer's money to its own state where it signs", () => {
    expect(
      fundsOf(
        "The Abu Dhabi Fund for Development signed a $90 million loan in the UAE that lets Togo build roads.",
      ),
    ).toEqual(["org:abu-dhabi-fund-for-development -> country:TGO 90000000 USD"]);
    expect(
      fundsOf(
        "The Kuwait Fund for Arab Economic Development signed a KD 8 million loan in Kuwait for schools.",
      ),
    ).not.toContainEqual(
      "org:kuwait-fund-for-arab-economic-development -> country:KWT 8000000 KWD",
    );
  });

  it("gives a national body's money to no half of a two-state name that holds its own state", () => {
    expect(
      fundsOf(
        "The Export-Import Bank of Korea committed $40 million to the Korea–Vietnam Innovation Fund.",
      ),
    ).not.toContainEqual("org:export-import-bank-of-korea -> country:KOR 40000000 USD");
  });

  it("keeps a work abroad as the recipient, and names nobody the money does not let act", () => {
    expect(
      fundsOf(
        "The Kuwait Fund for Arab Economic Development signed a KD 8 million loan for schools in Morocco.",
      ),
    ).toEqual(["org:kuwait-fund-for-arab-economic-development -> country:MAR 8000000 KWD"]);
    expect(
      fundsOf(
        "The Brazilian Development Bank announced 2 billion reais for the Brazilian stretch of the northern highway.",
      ),
    ).toEqual(["org:brazilian-development-bank -> country:BRA 2000000000 BRL"]);
    expect(
      fundsOf(
        "Japan approved a $30 million grant that lets Japanese firms bid for port contracts.",
      ),
    ).not.toContainEqual("country:JPN -> country:JPN 30000000 USD");
  });
});
