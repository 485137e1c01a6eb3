import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// Meetings only put forward, and meetings whose qualifying verb follows a name ending in an
// abbreviation ("Jr.", "Sr."); our own text.
describe("meetings put forward or qualified after an abbreviated name", () => {
  it("takes a meeting floated or mooted as not held", () => {
    expect(
      metOn(
        "Mediators have floated a first meeting between President Ana Costa and Prime Minister Rui Lopes, but no date has been discussed.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Officials in Lisbon mooted talks between Foreign Minister Jan Berg and his counterpart Eva Lind for the spring.",
      ),
    ).toEqual([]);
  });

  it("still takes a meeting held after a plan was floated", () => {
    expect(
      metOn(
        "Ten days after mediators floated a ceasefire plan, President Ana Costa met Prime Minister Rui Lopes in Lisbon on Wednesday.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-11"]);
  });

  it("reads the verb after a name ending in 'Jr.' as the meeting's: 'could take place' is hypothetical", () => {
    expect(
      metOn(
        "Diplomats said a meeting between President Ana Costa and Senator Paul Grant Jr. could take place if the blockade is lifted.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Talks between President Ana Costa and Senator Paul Grant Sr. might follow later in the year.",
      ),
    ).toEqual([]);
  });

  it("still takes a meeting with a 'Jr.' told as held", () => {
    expect(
      metOn(
        "Talks between President Ana Costa and Senator Paul Grant Jr. took place in Lisbon on Wednesday.",
      ),
    ).toEqual(["person:ana-costa -- person:paul-grant-jr 2026-03-11"]);
    expect(metOn("President Ana Costa met Senator Paul Grant Jr. in Lisbon on Wednesday.")).toEqual(
      ["person:ana-costa -- person:paul-grant-jr 2026-03-11"],
    );
  });
});
