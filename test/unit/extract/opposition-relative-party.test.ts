import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A stance told inside a relative clause is against the party the clause is about
// (opposition-relative-party.ts).
describe("stance told in a relative clause on a party", () => {
  it("gives a passive relative clause's stance against its antecedent", () => {
    expect(
      opposes(
        "Prosecutor Maria Delgado stepped down on Monday. Delgado, who has been sanctioned by the United States for corruption, denied wrongdoing.",
      ),
    ).toEqual(["country:USA -> person:maria-delgado"]);
    expect(
      opposes(
        "Amnesty International, which was criticised by Hungary last year, opened an office.",
      ),
    ).toEqual(["country:HUN -> org:amnesty-international"]);
    expect(
      opposes(
        "The ministry named Jan Novak, who has been sanctioned by the European Union, as its envoy.",
      ),
    ).toEqual(["org:european-union -> person:jan-novak"]);
  });

  it("gives an object relative clause's stance against its antecedent", () => {
    expect(
      opposes("Officials met Jan Novak. Novak, whom Poland had criticised, resigned."),
    ).toEqual(["country:POL -> person:jan-novak"]);
    expect(
      opposes("The Wagner Group, which the European Union sanctioned in 2023, recruited fighters."),
    ).toEqual(["org:european-union -> org:wagner-group"]);
  });

  it("leaves a party that only completes the noun phrase inside it", () => {
    expect(
      opposes(
        "Athens cited the 2019 memorandum between Libya and Turkey, which Greece has long rejected.",
      ),
    ).not.toContain("country:GRC -> country:TUR");
  });
});
