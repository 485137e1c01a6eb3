import { describe, expect, it } from "vitest";
import { currencyByConversion } from "../../../src/extract/facts/currency-rates.ts";
import { findMoney } from "../../../src/extract/facts/money.ts";
import { fundsOf } from "./helpers.ts";

/** The currency of each amount in `text` when the article has named `countries` so far. */
function currencies(
  text: string,
  countries: readonly string[] = [],
  seen: string[] = [],
): string[] {
  return findMoney(text, 0, { countries, seen }).map((m) => m.currency);
}

// Words several states' currencies share: the text around the amount settles which is meant.
describe("currency words several states share", () => {
  it("reads the dollar sum beside the amount by its rate", () => {
    expect(
      currencies("The fund will put 20 billion dirhams (about $2 billion) into the port."),
    ).toEqual(["MAD", "USD"]);
    expect(
      currencies("The fund will put 20 billion dirhams (about $5.4 billion) into the port."),
    ).toEqual(["AED", "USD"]);
    expect(currencyByConversion(70e6, " (about $10 million)", ["DKK", "NOK"])).toBe("DKK");
    expect(currencyByConversion(110e6, " (about $10 million)", ["DKK", "NOK"])).toBe("NOK");
    expect(currencyByConversion(5e9, " (about $60 million)", ["INR", "NPR"])).toBe("INR");
    // Two rates fit, or none: the conversion settles nothing.
    expect(currencyByConversion(1e9, " (about $100 million)", ["SEK", "NOK"])).toBeUndefined();
    expect(currencyByConversion(1e9, " (about $1 million)", ["AED", "MAD"])).toBeUndefined();
    expect(currencyByConversion(1e9, " for the port", ["AED", "MAD"])).toBeUndefined();
  });

  it("keeps an explicit demonym over the text's states and the dollar sum", () => {
    expect(
      currencies("The Moroccan fund paid 3 billion Emirati dirhams for the plant.", ["MAR"]),
    ).toEqual(["AED"]);
    expect(currencies("Oslo added 40 million Danish kroner.", ["NOR"], ["NOK"])).toEqual(["DKK"]);
  });

  it("gives a shared word the currency of the state the sentence names before it", () => {
    expect(
      fundsOf(
        "Norway led the appeal and pledged 200 million kroner for the refugee agency. Denmark promised 60 million kroner for the agency's clinics.",
      ),
    ).toEqual([
      "country:DNK -> issue:agency-s-clinics 60000000 DKK",
      "country:NOR -> issue:refugee-agency 200000000 NOK",
    ]);
    expect(
      fundsOf(
        "Sweden pledged 300 million kronor to the reconstruction fund. Iceland promised 900 million krónur to the fund.",
      ).map((f) => f.split(" ").at(-1)),
    ).toEqual(["ISK", "SEK"]);
  });

  it("reads past a state named after a preposition to the one that pays", () => {
    // The state after "with" came first in the sentence and gave its pesos to the payer's amount.
    // The recipient is the learned model's choice (the purpose or the state talked with, both
    // readings the annotation rules allow); the payer and the currency are the rules'.
    const [colombia, ...more] = fundsOf(
      "After talks with Mexico, Colombia pledged 50 million pesos for flood relief.",
    );
    expect(more).toEqual([]);
    expect(colombia).toMatch(/^country:COL -> (issue:flood-relief|country:MEX) 50000000 COP$/);
    const [mexico, ...others] = fundsOf(
      "After talks with Colombia, Mexico pledged 50 million pesos for flood relief.",
    );
    expect(others).toEqual([]);
    expect(mexico).toMatch(/^country:MEX -> (issue:flood-relief|country:COL) 50000000 MXN$/);
    // With no state but one after a preposition, that state still settles the word.
    expect(
      fundsOf("In Mexico, the government pledged 50 million pesos for flood relief.").map((f) =>
        f.split(" ").at(-1),
      ),
    ).toEqual(["MXN"]);
  });

  it("keeps a payer's state named after 'of' first", () => {
    // "the government of Chile" is the payer's state, not a party after a preposition: the state
    // named after it ("Argentina's ambassador") must not settle the pesos.
    expect(
      fundsOf(
        "The foreign minister of Chile told Argentina's ambassador that his government would give 20 billion pesos for reconstruction.",
      ),
    ).toEqual(["country:CHL -> issue:reconstruction 20000000000 CLP"]);
    expect(
      fundsOf(
        "Officials of Mexico and Colombia's president said Mexico would give 50 million pesos for flood relief.",
      ),
    ).toEqual(["country:MEX -> issue:flood-relief 50000000 MXN"]);
  });

  it("lets an amount's own reading carry on to the next when no state before it says otherwise", () => {
    // The sentence names India only after the amounts: the Nepali rupees just read still hold.
    expect(
      currencies(
        "Of that, 650 crore rupees is for homes, the Indian embassy said.",
        ["IND"],
        ["NPR"],
      ),
    ).toEqual(["NPR"]);
  });

  it("reads a shared word by the state the article names most", () => {
    const mentions = new Map([
      ["MAR", 3],
      ["ARE", 1],
    ]);
    expect(
      findMoney("The port will cost 9 billion dirhams.", 0, {
        countries: ["ARE", "MAR"],
        seen: [],
        mentions,
      }).map((m) => m.currency),
    ).toEqual(["MAD"]);
    // A tie between two states settles nothing: the nearest one named stands.
    expect(
      findMoney("The port will cost 9 billion dirhams.", 0, {
        countries: ["ARE", "MAR"],
        seen: [],
        mentions: new Map([
          ["MAR", 1],
          ["ARE", 1],
        ]),
      }).map((m) => m.currency),
    ).toEqual(["AED"]);
  });

  it("keeps the everyday reading of dollars and pounds", () => {
    expect(
      findMoney("The bank lent 40 million dollars.", 0, {
        countries: ["CAN"],
        seen: [],
        mentions: new Map([["CAN", 4]]),
      }).map((m) => m.currency),
    ).toEqual(["USD"]);
  });
});
