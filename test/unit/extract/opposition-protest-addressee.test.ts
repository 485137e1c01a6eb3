import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A protest addressed to a party is a stance against it (test/fixtures/README.md precedent),
// also with an adverb between the verb and its addressee.
describe("a protest told with an adverb before its addressee", () => {
  it("opposes the state addressed, not the words 'directly to …'", () => {
    expect(opposes("Peru protested directly to Chile on Monday.")).toEqual([
      "country:PER -> country:CHL",
    ]);
  });

  it("opposes the state of the minister or envoy addressed", () => {
    expect(
      opposes(
        "Peru's foreign minister Ana Ruiz protested directly to Chilean Foreign Minister Luis Soto in a call on Monday.",
      ),
    ).toEqual(["person:ana-ruiz -> country:CHL"]);
    expect(
      opposes(
        "The Kenyan foreign ministry protested strongly to the Ugandan high commissioner on Friday.",
      ),
    ).toEqual(["country:KEN -> country:UGA"]);
  });

  it("reads the addressee of a protest with a reason after an adverb too", () => {
    expect(opposes("Peru protested again to Chile over the arrests.")).toEqual([
      "country:PER -> country:CHL",
    ]);
    expect(opposes("Peru protested formally with the Chilean embassy about the arrests.")).toEqual([
      "country:PER -> country:CHL",
    ]);
  });

  it("reads nothing opposed in a protest addressed to no party", () => {
    expect(opposes("Peru protested directly to the union leaders.")).toEqual([]);
    expect(opposes("Farmers protested loudly to no avail.")).toEqual([]);
  });
});
