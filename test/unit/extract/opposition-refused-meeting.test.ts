import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// "refused to meet …" is a stance only when whom it refuses is a party or people: the object's
// head is a party's name or a noun of people. Before, a list of object words ("deadline",
// "demands"…) kept the rest out, and any word missing from it ("benchmarks") was read as
// a stance against it ("the benchmarks of the European Commission"). Our own sentences.
describe("OPPOSES: a meeting refused to a party, not a goal refused to be met", () => {
  it("reads a meeting refused to a state's envoy", () => {
    expect(opposes("Serbia refused to meet the Kosovo envoy in Brussels.")).toEqual([
      "country:SRB -> country:XKX",
    ]);
  });

  it("reads a meeting refused to a named leader and a sit-down refused to a group", () => {
    expect(
      opposes(
        "Kenyan President William Ruto refused to meet Ugandan President Yoweri Museveni on Friday.",
      ),
    ).toEqual(["person:william-ruto -> person:yoweri-museveni"]);
    expect(opposes("Israel refused to sit down with Hamas.")).toEqual(["country:ISR -> org:hamas"]);
  });

  it("gives nothing for a state's terms refused to be met", () => {
    expect(opposes("Russia refused to meet Ukraine's terms for a ceasefire.")).toEqual([]);
    expect(opposes("Hungary refused to meet the benchmarks of the European Commission.")).toEqual(
      [],
    );
  });

  it("gives nothing for targets or a deadline refused to be met", () => {
    expect(opposes("Poland refused to meet the targets set by Brussels for migrants.")).toEqual([]);
    expect(opposes("Turkey refused to meet the March deadline set by Sweden.")).toEqual([]);
  });
});
