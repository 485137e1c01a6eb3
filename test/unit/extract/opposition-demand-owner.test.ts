import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { articleOf, extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A demand, like a statement, is its owner's act: rejecting "Kenya's demand that…" opposes Kenya,
// and "the government's demand" the state whose government it is.
describe("a party's demand as what is opposed", () => {
  it("reads an owned demand as its owner", () => {
    expect(opposes("Somalia rejected Kenya's demand that the crew be freed at once.")).toEqual([
      "country:SOM -> country:KEN",
    ]);
    expect(
      factsOf(
        extractGraph({
          ...articleOf(
            "Commander Aram Dilan rejected the government's demand that his fighters join the army one by one.",
          ),
          dateline: "Damascus",
        }),
        "OPPOSES",
      ),
    ).toEqual(["person:aram-dilan -> country:SYR"]);
  });

  it("leaves a request for something, and a demand with no owner, as what they ask for", () => {
    expect(opposes("Brazil rejected a German request for tank ammunition.")).toEqual([
      "country:BRA -> issue:german-request-for-tank-ammunition",
    ]);
    expect(opposes("Chile rejected the demand for a new vote.")).toEqual([
      "country:CHL -> issue:demand-for-a-new-vote",
    ]);
  });
});
