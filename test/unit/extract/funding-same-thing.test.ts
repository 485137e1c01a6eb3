import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "…for the same stretch", "co-finance the same section with…": the end of the money told before.
describe("funding constructions, money for the same thing", () => {
  it("gives an amount for the same thing the end of the amount before it in the sentence", () => {
    expect(
      fundsOf(
        "Japan granted 20 billion yen to Kenya for school meals, and the World Bank approved a " +
          "$300 million loan for the same purpose in March.",
      ),
    ).toEqual([
      "country:JPN -> country:KEN 20000000000 JPY",
      "org:world-bank -> country:KEN 300000000 USD",
    ]);
  });

  it("gives it the end of the amount of the sentence before", () => {
    expect(
      fundsOf(
        "The European Union pledged €40 million to Moldova for rural roads. Sweden committed " +
          "SEK 200 million for the same purpose on Friday.",
      ),
    ).toEqual([
      "country:SWE -> country:MDA 200000000 SEK",
      "org:european-union -> country:MDA 40000000 EUR",
    ]);
  });

  it("reads the same thing co-financed with an amount", () => {
    expect(
      fundsOf(
        "The Asian Development Bank approved a loan of $250 million to Nepal for a hydropower " +
          "dam, and Norway said it would co-finance the same stretch with 500 million kroner.",
      ),
    ).toEqual([
      "country:NOR -> country:NPL 500000000 NOK",
      "org:asian-development-bank -> country:NPL 250000000 USD",
    ]);
  });

  it("names no purpose 'same stretch' or 'same purpose'", () => {
    const facts = fundsOf(
      "Ghana received a $90 million grant from Germany for a coastal highway. Denmark pledged " +
        "another $20 million for the same stretch.",
    );
    expect(facts.join(" ")).not.toMatch(/issue:same/);
  });

  it("takes no earlier end for the same amount or the same period", () => {
    // "the same amount" sizes the money; it names nothing it goes to.
    expect(
      fundsOf(
        "Canada gave C$10 million to Haiti for schools. Australia gave A$10 million to Fiji, the " +
          "same amount, for clinics.",
      ),
    ).toContain("country:AUS -> country:FJI 10000000 AUD");
    expect(
      fundsOf(
        "Britain gave £5 million to Malawi for seeds. Ireland gave €8 million to Zambia over " +
          "the same period.",
      ),
    ).toContain("country:IRL -> country:ZMB 8000000 EUR");
  });
});
