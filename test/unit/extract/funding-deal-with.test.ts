import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "Dupont held talks with his Tunisian counterpart and announced the package": the party talked
// with is no payer of the deal; the payer in view stays for the parts told after.
describe("funding constructions, a deal announced after talks with a counterpart", () => {
  it("keeps the payer in view for the parts of a package announced after talks", () => {
    expect(
      fundsOf(
        "France will lend €150 million for projects in Tunisia, Foreign Minister Jean Dupont " +
          "announced in Tunis on Tuesday. Dupont held talks with his Tunisian counterpart Ali " +
          "Bennani on Tuesday afternoon and announced the package. Of the total, €40 million " +
          "will go to schools.",
      ),
    ).toEqual([
      "country:FRA -> country:TUN 150000000 EUR",
      "country:FRA -> issue:schools 40000000 EUR",
    ]);
  });

  it("keeps it in yen after 'met with'", () => {
    expect(
      fundsOf(
        "Japan will lend ¥5 billion for projects in Laos, Foreign Minister Ken Sato said in " +
          "Vientiane. Sato met with his Lao counterpart on Monday and signed the loan. Of the " +
          "total, ¥2 billion will go to rural roads.",
      ),
    ).toContain("country:JPN -> issue:rural-roads 2000000000 JPY");
  });

  it("still reads a deal whose payer is the subject before 'with'", () => {
    expect(
      fundsOf(
        "The World Bank signed a loan with Kenya on Monday. The loan, worth $300 million, will " +
          "fund roads.",
      ),
    ).toEqual(["org:world-bank -> country:KEN 300000000 USD"]);
  });

  it("still reads a deal with no party after 'with'", () => {
    expect(
      fundsOf(
        "Germany approved a grant for Namibia on Friday. The grant, worth €20 million, will " +
          "pay for water pipes.",
      ),
    ).toEqual(["country:DEU -> country:NAM 20000000 EUR"]);
  });
});
