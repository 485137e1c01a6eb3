import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "a 4.2 billion peso credit (about $230 million)": the bracket after the money noun converts.
describe("a conversion in brackets after the money noun", () => {
  it("keeps only the amount in the currency the text states", () => {
    expect(
      fundsOf(
        "The fund's private arm signed a 4.2 billion peso credit (about $230 million) with Mexico.",
      ).filter((f) => f.endsWith(" USD")),
    ).toEqual([]);
    expect(
      fundsOf(
        "Japan pledged a 30 billion yen loan (about $200 million) to Vietnam for a metro line.",
      ),
    ).toEqual([expect.stringMatching(/^country:JPN -> .* 30000000000 JPY$/)]);
    expect(
      fundsOf("Japan pledged 30 billion yen in grants (roughly $200 million) to Vietnam."),
    ).toEqual([expect.stringMatching(/^country:JPN -> .* 30000000000 JPY$/)]);
  });

  it("keeps a second amount in brackets that is no conversion", () => {
    expect(
      fundsOf(
        "Japan pledged a 30 billion yen loan (and a $200 million grant from its aid agency) to Vietnam.",
      ),
    ).toContainEqual(expect.stringMatching(/ 200000000 USD$/));
    expect(
      fundsOf(
        "South Korea approved a $300 million loan (about $100 million more than last year) for Vietnam.",
      ),
    ).toContainEqual("country:KOR -> country:VNM 300000000 USD");
  });
});
