import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// Payers of amounts told in pieces, by a title alone, or by "the government" in a clause of its own.
describe("funding breakdown after a colon", () => {
  it("gives each amount after the colon to the payer of the total before it", () => {
    const facts = fundsOf(
      "Norwegian Development Minister Asmund Aukrust announced 200 million kroner for Malawi: 120 million kroner for school meals and 80 million kroner for clinics.",
    );
    // Malawi and the school meals are both ends of the part (the model picks one of them).
    expect(facts.filter((f) => f.endsWith(" 120000000 NOK"))).toEqual([
      expect.stringMatching(/^country:NOR -> (?:country:MWI|issue:school-meals) /),
    ]);
    expect(facts).toContainEqual("country:NOR -> issue:clinics 80000000 NOK");
    expect(facts.some((f) => f.startsWith("country:MWI ->"))).toBe(false);
  });

  it("reads the breakdown after an approximation too", () => {
    const facts = fundsOf(
      "Japan pledged $50 million for Sudan: about $30 million for food aid and $20 million for shelters.",
    );
    expect(facts).toContainEqual("country:JPN -> issue:food-aid 30000000 USD");
    expect(facts.some((f) => f.startsWith("country:SDN ->"))).toBe(false);
  });

  it("keeps a list item that opens its own sentence with a colon", () => {
    expect(
      fundsOf("The pledges included the following.\nGermany: €244 million for Yemen."),
    ).not.toContainEqual(expect.stringMatching(/^country:YEM/));
  });

  it("does not make a part of an amount that follows a colon with a new payer", () => {
    expect(
      fundsOf(
        "The talks ended with two pledges: Canada gave C$10 million to Haiti and Brazil gave 40 million reais to Haiti.",
      ),
    ).toContainEqual("country:BRA -> country:HTI 40000000 BRL");
  });
});

describe("funding by a European commissioner", () => {
  it("reads a commissioner introduced after her name as the Commission, later as 'she'", () => {
    expect(
      fundsOf(
        "Hadja Lahbib, the European commissioner for crisis management, visited Beirut on Friday.\nShe announced €40 million for Lebanon's hospitals.",
      ),
    ).toEqual(["org:european-commission -> country:LBN 40000000 EUR"]);
  });

  it("reads the title before the name", () => {
    expect(
      fundsOf(
        "European Commissioner for Enlargement Marta Kos announced €75 million for Moldova's power grid on Monday.",
      ),
    ).toEqual(["org:european-commission -> country:MDA 75000000 EUR"]);
  });

  it("leaves a national commissioner or a commissioner of another body to the other rules", () => {
    expect(
      fundsOf(
        "Kenya's Commissioner for Refugees John Burugu said Denmark gave $5 million to Kenya.",
      ),
    ).toEqual(["country:DNK -> country:KEN 5000000 USD"]);
    expect(
      fundsOf(
        "Filippo Grandi, the UN high commissioner for refugees, said he had asked donors for $300 million.",
      ),
    ).toEqual([]);
  });
});

describe("the recipient state's own money in a joined clause", () => {
  it("gives 'the government' of a joined clause its state, not the lender before it", () => {
    expect(
      fundsOf(
        "The World Bank approved $200 million for Jordan's water network.\nThe Kuwait Fund committed KD 10 million to the pumping stations last year, and the government will put up JD150 million of its own, mainly for land acquisition.",
      ),
    ).toContainEqual("country:JOR -> issue:land-acquisition 150000000 JOD");
  });

  it("reads what the own money is for after 'from its own budget'", () => {
    expect(
      fundsOf(
        "The African Development Bank lent Tanzania $300 million for the railway on Monday, while the government will add 200 billion shillings from its own budget for compensation.",
      ),
    ).toContainEqual("country:TZA -> issue:compensation 200000000000 TZS");
  });

  it("reads JD as the Jordanian dinar", () => {
    expect(fundsOf("Saudi Arabia gave JD50 million to Jordan for schools.")).toEqual([
      "country:SAU -> country:JOR 50000000 JOD",
    ]);
  });

  it("keeps the lender of a joined clause without the government", () => {
    expect(
      fundsOf(
        "The World Bank approved $200 million for Jordan on Monday, and it will add $50 million for clinics.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^country:JOR/));
  });
});
