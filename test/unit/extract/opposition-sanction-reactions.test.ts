import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// A measure told by its verb ("X sanctioned Y") is X's for a later "the sanctions" or "the
// measures" (SANCTIONING in opposition-memory.ts).
describe("a reaction to sanctions told by their verb", () => {
  it("points 'the sanctions' back to the state that sanctioned", () => {
    expect(
      opposes("Ottawa sanctioned two Bolivian generals on Friday. La Paz condemned the sanctions."),
    ).toEqual(["country:BOL -> country:CAN", "country:CAN -> country:BOL"]);
  });

  it("points 'the measures' back to a state's treasury as the state", () => {
    expect(
      opposes(
        "The U.S. Treasury blacklisted three Laotian casinos last week. Vientiane rejected the measures as unfounded.",
      ),
    ).toContain("country:LAO -> country:USA");
  });

  it("reads a listing and an asset freeze as the measure too", () => {
    expect(
      opposes(
        "Britain added four Georgian judges to its sanctions list. Tbilisi denounced the sanctions.",
      ),
    ).toContain("country:GEO -> country:GBR");
    expect(
      opposes(
        "Norway froze the assets of two Belarusian officials. Minsk called the measures illegal.",
      ),
    ).toContain("country:BLR -> country:NOR");
  });

  it("leaves a stance that is no measure out of the measures' owners", () => {
    expect(
      opposes("Ottawa praised two Bolivian generals on Friday. La Paz condemned the sanctions."),
    ).toEqual(["country:BOL -> issue:sanctions"]);
    expect(
      opposes("Spain condemned two Moroccan officials. Rabat rejected the sanctions."),
    ).toEqual(["country:ESP -> country:MAR", "country:MAR -> issue:sanctions"]);
  });
});
