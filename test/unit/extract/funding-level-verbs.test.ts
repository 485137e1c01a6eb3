import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "bilateral trade exceeded $6bn last year": a level a figure stands above, not money given.
describe("funding constructions, a level exceeded", () => {
  it("reads no funding in trade that exceeded an amount", () => {
    expect(
      fundsOf(
        "Kenya and Japan signed a grant deal on Monday, and bilateral trade exceeded $6 billion " +
          "last year.",
      ),
    ).toEqual([]);
  });

  it("reads no funding in lending that topped or surpassed an amount", () => {
    expect(
      fundsOf("Tokyo's lending to Hanoi topped ¥1 trillion a year, officials said on Friday."),
    ).toEqual([]);
    expect(
      fundsOf("Investment in the Indian steel sector surpassed 500 billion rupees in 2024."),
    ).toEqual([]);
  });

  it("still reads money pledged in a sentence that also names a level", () => {
    expect(
      fundsOf(
        "Trade between the two exceeded $6 billion, and Germany pledged €50 million to Ghana " +
          "for clean water.",
      ),
    ).toContain("country:DEU -> country:GHA 50000000 EUR");
  });
});
