import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A noun that only points back ("the offer", "the outcome", "the package") and finds no referent
// says nothing of what was opposed (isBareLightNoun, opposition-head-class.ts).
describe("a bare pointer noun with no referent", () => {
  it("gives no stance", () => {
    expect(opposes("Bolivia dismissed the offer.")).toEqual([]);
    expect(opposes("Peru criticised the outcome.")).toEqual([]);
    expect(opposes("Chile rejected the new package.")).toEqual([]);
  });

  it("keeps the noun when the phrase says what it is", () => {
    expect(opposes("Bolivia dismissed the offer of talks.")).toEqual([
      "country:BOL -> issue:offer-of-talks",
    ]);
    expect(opposes("Peru criticised the outcome of the vote.")).toEqual([
      "country:PER -> issue:outcome-of-the-vote",
    ]);
  });
});
