import { describe, expect, it } from "vitest";
import { NEGATIVE_RATINGS } from "../../../../src/extract/facts/opposition-valence.ts";
import { stanceWord } from "../../../../src/extract/learn/opp-lexicon.ts";

describe("the stance model's words, read from the rules' lexicons", () => {
  it("rates a word as the verdict rules' reading of AFINN-165 does", () => {
    expect(NEGATIVE_RATINGS.get("hostile")).toBeLessThanOrEqual(-2);
    expect(stanceWord("cruel")).toEqual({
      family: "valence",
      valence: NEGATIVE_RATINGS.get("cruel"),
      stem: "cruel",
    });
    // A stem of the hand list keeps its family; the rating comes along when the lexicon has one.
    expect(stanceWord("condemned")?.family).toBe("condemn");
    expect(stanceWord("condemned")?.valence).toBe(NEGATIVE_RATINGS.get("condemned") ?? 0);
    // Words the lexicon rates above −2, or not at all, carry no stance.
    expect(NEGATIVE_RATINGS.has("harbour")).toBe(false);
    expect(stanceWord("harbour")).toBeUndefined();
  });
});
