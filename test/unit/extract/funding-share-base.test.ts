import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "China Exim Bank will finance 85% of the $4.7 billion railway": the amount after a share is
// what the work costs, no money given, whoever the rules find paying or receiving it; it is left
// out where the amount is first read, so neither learned model sees it. Before, only the models
// were kept from adding a party, and a whole the rules gave both parties stood. A whole that is
// money itself ("a third of the $3 billion loan") is still given. Our own sentences.
describe("FUNDS: the whole a share of which is paid", () => {
  it("gives nothing for a share of a road's cost, with both parties named", () => {
    expect(fundsOf("The World Bank will finance 60% of the $500 million road to Kenya.")).toEqual(
      [],
    );
  });

  it("gives nothing for a fraction of a port's cost said in words", () => {
    expect(
      fundsOf("Kuwait will pay three-quarters of the $800 million port in Oman, officials said."),
    ).toEqual([]);
  });

  it("gives nothing for a share in per cent of a plant's cost", () => {
    expect(
      fundsOf(
        "The Islamic Development Bank will cover 40 percent of the $90 million plant in Niger.",
      ),
    ).toEqual([]);
  });

  it("still reads a loan a share of which was released", () => {
    expect(fundsOf("The IMF released a third of the $3 billion loan to Egypt on Monday.")).toEqual([
      "org:international-monetary-fund -> country:EGY 3000000000 USD",
    ]);
  });

  it("still reads an aid package a share of which one party pays", () => {
    expect(fundsOf("The EU will pay half of the €80 million aid package to Chad.")).toEqual([
      "org:european-union -> country:TCD 80000000 EUR",
    ]);
  });

  // The whole may be money told by a clause rather than a noun: money pledged or promised, or
  // paid out in part (review r1-s30, item 3).
  it("still reads money pledged, a share of which was disbursed", () => {
    expect(
      fundsOf("Japan has so far disbursed half of the $900 million it pledged to Kenya in 2023."),
    ).toEqual(["country:JPN -> country:KEN 900000000 USD"]);
  });

  it("still reads money promised, a share of which was delivered", () => {
    expect(
      fundsOf(
        "Germany has delivered about a third of the €600 million promised to Ukraine for air defence.",
      ),
    ).toEqual(["country:DEU -> country:UKR 600000000 EUR"]);
  });

  it("still reads money a named party committed, a share of which was paid", () => {
    expect(
      fundsOf("Norway has paid 40% of the $250 million that it committed to Malawi last year."),
    ).toEqual(["country:NOR -> country:MWI 250000000 USD"]);
  });

  it("still reads a sum a share of which was released, with no noun after it", () => {
    expect(
      fundsOf("The World Bank has released two-thirds of the $300 million for Haiti's schools."),
    ).toEqual(["org:world-bank -> country:HTI 300000000 USD"]);
  });

  it("gives nothing for a share of what a port will cost, told by a clause", () => {
    expect(
      fundsOf("Qatar will finance half of the $700 million the port in Sudan is expected to cost."),
    ).toEqual([]);
  });
});
