import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Stances told in the passive, with the holder after "by": a manner word after the participle,
// "dismissed … as" with its label, and a subject that "that" points at.
describe("passive stances", () => {
  it("reads a manner word between the participle and 'by'", () => {
    expect(opposes("The new quota was rejected outright by Norway.")).toEqual([
      "country:NOR -> issue:new-quota",
    ]);
    expect(opposes("The tariff plan was flatly rejected by Brazil on Monday.")).toEqual([
      "country:BRA -> issue:tariff-plan",
    ]);
    // No party after "by": no holder.
    expect(opposes("The new quota was rejected outright by a vote of twelve to three.")).toEqual(
      [],
    );
  });

  it("reads 'dismissed by X as …' as X's stance, and an official dismissed by X as nothing", () => {
    expect(opposes('The new levy was dismissed by Ghana as "a tax on the poor".')).toEqual([
      "country:GHA -> issue:new-levy",
    ]);
    // Dismissed from office: no label, no stance.
    expect(opposes("The central bank governor was dismissed by the president on Friday.")).toEqual(
      [],
    );
  });

  it("reads the noun 'that' points at as the subject of the passive", () => {
    expect(
      opposes(
        "Chile proposed a two-year moratorium; that moratorium was rejected by Peru at the talks.",
      ),
    ).toEqual(["country:PER -> issue:moratorium"]);
    expect(opposes("That proposal was rejected by Mexico.")).toEqual([
      "country:MEX -> issue:proposal",
    ]);
  });
});
