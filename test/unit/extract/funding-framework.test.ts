import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "Under the EU's strategy, the package includes €600 million in loans from the EIB": the
// framework the money comes under borrows nothing.
describe("funding constructions, the framework an amount comes under", () => {
  it("takes no body whose programme the package is announced under as the borrower", () => {
    const facts = fundsOf(
      "Kenya will receive new money for its railways. The package announced under the African " +
        "Union's infrastructure plan includes $300 million in loans from the World Bank to " +
        "upgrade the line to Uganda.",
    );
    expect(facts.join(" ")).not.toContain("org:world-bank -> org:african-union");
  });

  it("takes no state whose framework is named with 'as part of' as the borrower", () => {
    const facts = fundsOf(
      "Peru is expanding its ports. As part of Japan's maritime initiative, ¥20 billion in loans " +
        "from the Asian Development Bank will go to the port of Callao.",
    );
    expect(facts.join(" ")).not.toContain("org:asian-development-bank -> country:JPN");
  });

  it("still reads a borrower named before a loan from a lender", () => {
    expect(
      fundsOf("Ghana signed a €50 million loan from the European Investment Bank for water."),
    ).toContain("org:european-investment-bank -> country:GHA 50000000 EUR");
  });

  it("still reads the borrower in a clause that also names a framework after the money", () => {
    expect(
      fundsOf(
        "Morocco obtained 400 million dirhams in credit from the African Development Bank under " +
          "its green growth plan.",
      ),
    ).toContain("org:african-development-bank -> country:MAR 400000000 MAD");
  });
});
