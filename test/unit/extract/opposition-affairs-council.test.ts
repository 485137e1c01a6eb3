import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// A state's council or commission for some affairs speaks for the state (stanceHolder).
describe("a state's affairs council", () => {
  it("holds the stance as its state", () => {
    expect(opposes("Taiwan's Overseas Community Affairs Council condemned the visit.")).toEqual([
      "country:TWN -> issue:visit",
    ]);
    expect(opposes("China's National Ethnic Affairs Commission condemned the report.")).toEqual([
      "country:CHN -> issue:report",
    ]);
  });

  it("keeps a council of no state, or a state's party, as itself", () => {
    expect(opposes("The Norwegian Refugee Council condemned the visit.")).toEqual([
      "org:norwegian-refugee-council -> issue:visit",
    ]);
    expect(opposes("Taiwan's ruling Democratic Progressive Party condemned the visit.")).toEqual([
      "org:democratic-progressive-party -> issue:visit",
    ]);
  });
});
