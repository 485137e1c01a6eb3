import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "A World Bank loan of $250m for new transmission lines is still being prepared", "the $50m in
// health aid cut last year": money not yet settled, or taken away, in the words after it; before,
// both were read as given.
describe("FUNDS: money the words after it say is not yet settled or was cut", () => {
  it("gives nothing for a loan still being prepared", () => {
    expect(
      fundsOf(
        "An Asian Development Bank loan of $400 million for Mongolia's power grid is still being prepared, officials said.",
      ),
    ).toEqual([]);
  });

  it("gives nothing for a credit being appraised", () => {
    expect(
      fundsOf("A €90 million credit from the EIB for Albania's water network is being appraised."),
    ).toEqual([]);
  });

  it("gives nothing for aid cut last year", () => {
    expect(
      fundsOf("The envoy said the $80 million in food aid cut last year would not be restored."),
    ).toEqual([]);
  });

  it("gives nothing for an amount of aid slashed this year", () => {
    expect(
      fundsOf("Malawi's clinics are short of the $15 million of donor aid slashed this year."),
    ).toEqual([]);
  });

  it("still reads a loan prepared and then approved", () => {
    expect(
      fundsOf(
        "The World Bank approved a $300 million loan for Ghana's roads on Friday, prepared over two years.",
      ),
    ).toEqual(["org:world-bank -> country:GHA 300000000 USD"]);
  });

  it("still reads money given to replace funding a subject cut last year", () => {
    expect(
      fundsOf(
        "Ireland will give €25 million to Malawi to replace funding Washington cut last year.",
      ),
    ).toEqual(["country:IRL -> country:MWI 25000000 EUR"]);
  });

  it("still reads money given after aid a subject slashed this year", () => {
    expect(
      fundsOf(
        "Denmark gave $18 million to UNICEF after the aid the US slashed this year left a gap.",
      ),
    ).toEqual(["country:DNK -> org:unicef 18000000 USD"]);
  });

  it("still reads money pledged in place of aid cut last year by another donor", () => {
    expect(
      fundsOf(
        "Canada pledged $12 million to Haiti, replacing aid cut last year by the United States.",
      ),
    ).toEqual(["country:CAN -> country:HTI 12000000 USD"]);
  });

  it("still reads aid given to replace what another donor cut", () => {
    expect(
      fundsOf(
        "Norway will give Malawi 200 million kroner for school meals, replacing funds another donor cut.",
      ),
    ).toEqual(["country:NOR -> country:MWI 200000000 NOK"]);
  });
});

// "It said it had handed over 30 patrol motorbikes to the police the same day, worth about FJ$2.6
// million": goods whose worth is told after a comma are still goods given.
describe("FUNDS: goods given with their worth after a comma", () => {
  it("reads the worth told after the recipient", () => {
    expect(
      fundsOf(
        "China handed over 20 fire engines to Laos's fire service on Monday, worth about 40 million yuan.",
      ),
    ).toEqual(["country:CHN -> country:LAO 40000000 CNY"]);
  });

  it("gives nothing for goods sold with their worth after a comma", () => {
    expect(
      fundsOf("China sold 20 fire engines to Laos on Monday, worth about 40 million yuan."),
    ).toEqual([]);
  });
});
