import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// Each case pins one general way news prose dates a meeting; the sentences are our own.
describe("meeting days", () => {
  it("keeps the day stated before the meeting's words over 'a day after' another event", () => {
    expect(
      metOn(
        "Danish Prime Minister Lars Holm flew to Oslo on Thursday for talks with his Norwegian counterpart Erik Halvorsen, a day after storms cut power to the north.",
      ),
    ).toEqual(["person:erik-halvorsen -- person:lars-holm 2026-03-12"]);
  });

  it("does not date a meeting by the day of a fronted source", () => {
    expect(
      metOn(
        "Prime Minister Erik Halvorsen received President Anna Kowal in Oslo on Tuesday. According to a statement issued late on Wednesday, the two leaders talked for three hours.",
      ),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-10"]);
  });

  it("gives the same pair told again, with no day of its own, the day of the meeting just told", () => {
    expect(
      metOn(
        "Prime Minister Erik Halvorsen received President Anna Kowal in Oslo on Tuesday. On Wednesday the government published its budget. The two leaders discussed a new ferry line.",
      ),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-10"]);
    // A day of its own wins.
    expect(
      metOn(
        "Prime Minister Erik Halvorsen received President Anna Kowal in Oslo on Tuesday. The two leaders met again on Thursday.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:erik-halvorsen 2026-03-10",
      "person:anna-kowal -- person:erik-halvorsen 2026-03-12",
    ]);
  });
});
