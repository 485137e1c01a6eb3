import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "The biggest, $500 million, will pay for…", "A further $350 million goes to…": the parts of a
// package told one by one, each its payer's.
describe("funding constructions, parts told by rank and money that goes to an end", () => {
  it("reads a ranked part and the parts that go to their ends as the payer's", () => {
    expect(
      fundsOf(
        "The Asian Development Bank approved $900 million for Vietnam. The bank's board cleared " +
          "three loans on Friday. The largest, $400 million, will pay for flood defences in the " +
          "Mekong delta. A further $300 million goes to rural schools, and $200 million to clean " +
          "water.",
      ),
    ).toEqual([
      "org:asian-development-bank -> country:VNM 400000000 USD",
      "org:asian-development-bank -> country:VNM 900000000 USD",
      "org:asian-development-bank -> issue:rural-schools 300000000 USD",
      "org:asian-development-bank -> issue:water 200000000 USD",
    ]);
  });

  it("reads money that went to an end, in kroner", () => {
    expect(
      fundsOf(
        "Norway pledged 2 billion kroner to Malawi for farming. Another 500 million kroner went " +
          "to seed banks in the south.",
      ),
    ).toContain("country:NOR -> issue:seed-banks 500000000 NOK");
  });

  it("reads 'the biggest of the grants' as a part, in euros", () => {
    expect(
      fundsOf(
        "The European Union agreed a €600 million package for Jordan. The biggest of the " +
          "grants, €250 million, will fund water pipes.",
      ),
    ).toContain("org:european-union -> country:JOR 250000000 EUR");
  });

  it("reads no payer for a superlative that is no part of money told before", () => {
    // "The largest single expense is still the $3 billion tunnel": a cost, no part of a package.
    expect(
      fundsOf(
        "The World Bank approved $100 million for Nigeria. The largest single expense of the " +
          "metro is still the $3 billion tunnel under the lagoon.",
      ),
    ).toEqual(["org:world-bank -> country:NGA 100000000 USD"]);
    // "goes to" of money earned is no funding.
    expect(
      fundsOf(
        "Ghana's cocoa exports rose in March. Most of the money goes to farmers who sold 5 " +
          "billion cedis of beans.",
      ),
    ).toEqual([]);
  });
});
