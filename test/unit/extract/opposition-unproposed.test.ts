import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Stances the rules proposed none for, each pinned by a general construction of our own.
describe("stances no rule proposed before", () => {
  it("takes a body named by two capitals as the whole object of a stance", () => {
    expect(opposes("Chile condemned the EU.")).toEqual(["country:CHL -> org:european-union"]);
    expect(opposes("Lena Petrova accused the EU of meddling in the vote.")).toEqual([
      "person:lena-petrova -> org:european-union",
    ]);
    expect(opposes("Peru's foreign ministry criticised the UN.")).toEqual([
      "country:PER -> org:united-nations",
    ]);
  });

  it("still reads two letters that name no party as no object", () => {
    expect(opposes("Chile condemned the XZ.")).toEqual([]);
    expect(opposes("Chile praised the EU.")).toEqual([]);
  });
});
