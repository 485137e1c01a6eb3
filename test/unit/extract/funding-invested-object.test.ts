import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "X will invest $N in its plant": the thing invested in, named by common nouns, is the money's end.
describe("funding constructions, the thing invested in", () => {
  it("reads a lowercase thing invested in, with the place it lies in, as the recipient", () => {
    expect(
      fundsOf(
        "The German group BASF will invest a further 300 billion forints in its plant in the " +
          "eastern city of Pecs, the minister said on Thursday.",
      ),
    ).toEqual(["org:basf -> issue:plant-in-pecs 300000000000 HUF"]);
    expect(
      fundsOf(
        "He welcomed a decision by US power company Duke Energy to invest $700 million in " +
          "expanding its gas terminal in Cartagena.",
      ),
    ).toEqual(["org:duke-energy -> issue:gas-terminal-in-cartagena 700000000 USD"]);
  });

  it("takes no gerund of a list for the work, and no state named by a common noun", () => {
    expect(
      fundsOf("The German group BASF will invest $2 billion in mining and processing projects."),
    ).toEqual(["org:basf -> issue:mining-and-processing-projects 2000000000 USD"]);
    // "the country" is a state, no thing invested in: the investment goes to no issue named so.
    expect(
      fundsOf("The German group BASF said it would invest $3 billion in the country by 2030."),
    ).not.toContain("org:basf -> issue:country 3000000000 USD");
  });

  it("reads no thing invested in without a verb of investing", () => {
    // "in its plant" after money that is only earned is no investment.
    expect(
      fundsOf("The German group BASF earned 300 billion forints in its plant in Pecs last year."),
    ).toEqual([]);
  });
});
