import { describe, expect, it } from "vitest";
import { extract, fundsOf, keysOf } from "./helpers.ts";

/** Organisation keys of a one-article text. */
function orgsOf(body: string): string[] {
  return keysOf(extract(body), "Organization").sort();
}

// "…to the Harbour Authority for the Tapia reservoir": the "for the" phrase names the work.
describe("organisation names, a work named after 'for the'", () => {
  it("ends a body's name before the work its money or task is for", () => {
    expect(
      orgsOf("The bank lent $90 million to the Harbour Authority for the Tapia reservoir."),
    ).toEqual(["org:harbour-authority"]);
    expect(
      orgsOf("Officials of the Roads Agency for the Kesso Valley highway met on Tuesday."),
    ).toContain("org:roads-agency");
    expect(
      orgsOf("The Water Board for the Upper Lanza dam said the work would start in May."),
    ).toContain("org:water-board");
  });

  it("keeps a cause that no work's noun follows in the name", () => {
    expect(orgsOf("The Agency for the Protection of Wetlands criticised the plan.")).toEqual([
      "org:agency-for-the-protection-of-wetlands",
    ]);
    expect(orgsOf("The Fund for the Coastal Villages said it would help.")).toEqual([
      "org:fund-for-the-coastal-villages",
    ]);
  });
});

// "…for the Tapia reservoir. … added $250 million for the same project": the work, not the body.
describe("funding constructions, the same work as the money before", () => {
  it("gives money for the same project the work the money before was for", () => {
    expect(
      fundsOf(
        "The World Bank approved a $400 million loan to the Harbour Authority for the Tapia " +
          "reservoir. The Islamic Development Bank added a further $250 million for the same project.",
      ),
    ).toEqual([
      "org:islamic-development-bank -> issue:tapia-reservoir 250000000 USD",
      "org:world-bank -> org:harbour-authority 400000000 USD",
    ]);
  });

  it("reads the work through another payer's wording", () => {
    expect(
      fundsOf(
        "Kuwait lent $80 million to the Power Company for the Sarta dam on Monday. A week " +
          "later, the Arab Monetary Fund granted $60 million for the same project.",
      ),
    ).toContain("org:arab-monetary-fund -> issue:sarta-dam 60000000 USD");
  });

  it("keeps the body when the money before names no work", () => {
    expect(
      fundsOf(
        "The World Bank approved a $400 million loan to the Harbour Authority for dredging. The " +
          "Islamic Development Bank added a further $250 million for the same project.",
      ),
    ).not.toContain("org:islamic-development-bank -> issue:tapia-reservoir 250000000 USD");
  });

  it("keeps a state that received the money before", () => {
    expect(
      fundsOf(
        "The European Union pledged €40 million to Moldova for the Ungheni bridge. Sweden " +
          "committed SEK 200 million for the same project on Friday.",
      ),
    ).toContain("country:SWE -> country:MDA 200000000 SEK");
  });
});
