import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// Our own sentences, each pinning one general construction.
describe("'meeting' after a determiner and adjectives is a noun, qualified by its own verb", () => {
  it("does not take 'the yearly meeting …, chaired by A and B, would be held in May' as held", () => {
    expect(
      metOn(
        "Foreign Minister Jan Berg held talks with his counterpart Erik Halvorsen in Oslo on Tuesday. The ministers agreed that the Joint Commission, the yearly meeting of the two cabinets chaired by President Ana Costa and Prime Minister Rui Lopes, would be held in Lisbon in May.",
      ),
    ).toEqual(["person:erik-halvorsen -- person:jan-berg 2026-03-10"]);
  });

  it("does not take 'a rare joint meeting …, will take place' as held", () => {
    expect(
      metOn(
        "Foreign Minister Jan Berg held talks with his counterpart Erik Halvorsen in Oslo on Tuesday. The two men said a rare joint meeting of the two councils chaired by President Ana Costa and Prime Minister Rui Lopes, will take place next month.",
      ),
    ).toEqual(["person:erik-halvorsen -- person:jan-berg 2026-03-10"]);
  });

  it("still reads the verb 'meeting' after an auxiliary as held", () => {
    expect(
      metOn(
        "President Ana Costa was meeting Prime Minister Rui Lopes in Lisbon on Tuesday when the news broke.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-10"]);
  });

  it("still reads a held 'meeting with' after a determiner as held", () => {
    expect(
      metOn(
        "President Ana Costa said on Tuesday that the long meeting with Prime Minister Rui Lopes had been useful.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-10"]);
  });
});

describe("an emphatic 'did' before the meeting verb", () => {
  it("reads 'A and B did speak by phone last week' as a call, with no day", () => {
    expect(
      metOn(
        "President Ana Costa and Prime Minister Rui Lopes did speak by phone last week, according to the government.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes undated"]);
  });

  it("reads 'A and B did meet on Monday' as held on Monday", () => {
    expect(
      metOn("President Ana Costa and Prime Minister Rui Lopes did meet on Monday in Lisbon."),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-09"]);
  });

  it("gives nothing for 'did not meet'", () => {
    expect(
      metOn("President Ana Costa and Prime Minister Rui Lopes did not meet on Monday in Lisbon."),
    ).toEqual([]);
  });

  it("gives nothing for a meeting put in question: 'whether A and B did meet'", () => {
    expect(
      metOn(
        "It remains unclear whether President Ana Costa and Prime Minister Rui Lopes did meet on Monday.",
      ),
    ).toEqual([]);
  });
});
