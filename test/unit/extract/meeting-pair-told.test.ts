import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH facts with their days, for an article published on Thursday 13 March 2025. */
const metOn = (body: string): string[] => meetingsOn(body, "2025-03-13T10:00:00Z");

// Sentences of our own: "the two" before a verb, time spent together, and days after the story.
describe("a pair told by 'the two' alone", () => {
  it("is the one named before it and the one named lately: 'B condemned it when the two met'", () => {
    expect(
      metOn(
        "Indian Prime Minister Ravi Mehta arrived in Thimphu on Tuesday. Bhutanese Prime Minister Karma Dorji condemned the blast when the two met for talks on Wednesday morning.",
      ),
    ).toEqual(["person:karma-dorji -- person:ravi-mehta 2025-03-12"]);
  });

  it("is no pair after a denial without 'that': 'Officials denied the two had met'", () => {
    // Review: only "that", "whether" and "if" kept "the two" out of a reported clause, so a
    // denial without "that" made the two just named meet.
    expect(
      metOn(
        "President Ana Berg of Chile criticised Prime Minister Jan Peeters of Peru on Monday. Officials denied the two had met in private.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "President Ana Berg of Chile criticised Prime Minister Jan Peeters of Peru on Monday. Officials said the two discussed the border on Tuesday.",
      ),
    ).toEqual(["person:ana-berg -- person:jan-peeters 2025-03-11"]);
  });

  it("meets those who 'spent two hours together'", () => {
    expect(
      metOn(
        "Belgian Prime Minister Jan Peeters refused to release the assets. Commission President Ana Berg came to his office on Tuesday. The two spent more than two hours together, officials said.",
      ),
    ).toEqual(["person:ana-berg -- person:jan-peeters 2025-03-11"]);
  });

  it("reads no pair where 'the two' is followed by a noun, or three people were named lately", () => {
    expect(
      metOn(
        "Indian Prime Minister Ravi Mehta arrived in Thimphu on Tuesday. Bhutanese Prime Minister Karma Dorji said the two countries met their targets.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Indian Prime Minister Ravi Mehta and Nepal's Prime Minister Hari Sharma arrived in Thimphu on Tuesday. Bhutanese Prime Minister Karma Dorji condemned the blast when the two met for talks on Wednesday.",
      ),
    ).toEqual([]);
  });
});

describe("the day of a meeting held", () => {
  it("is never a day after the story, which dates another event of its clause", () => {
    expect(
      metOn(
        "President Ana Berg spoke by phone with President Jan Peeters on Wednesday. Berg offered support and the two discussed the summit that Peeters is due to host on March 20.",
      ),
    ).toEqual(["person:ana-berg -- person:jan-peeters 2025-03-12"]);
  });
});
