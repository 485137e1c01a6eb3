import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// A meeting told as "after talks …" opens its own clause with the preposition; our own text.
describe("meeting days: 'announced after talks on Wednesday with B'", () => {
  it("dates the talks by the day after them, past a vague time earlier in the sentence", () => {
    expect(
      metOn(
        "Norway will raise its defence budget this year, Prime Minister Erik Halvorsen announced after talks in Oslo on Wednesday with Polish President Anna Kowal.",
      ),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-11"]);
  });

  it("reads 'following talks' and 'after a meeting' the same way", () => {
    expect(
      metOn(
        "Exports of salmon rose sharply last year, Trade Minister Lars Holm said following talks in Bergen on Tuesday with his Danish counterpart Mette Lund.",
      ),
    ).toEqual(["person:lars-holm -- person:mette-lund 2026-03-10"]);
    expect(
      metOn(
        "The ferry line will reopen this spring, Transport Minister Lars Holm told reporters after a meeting on Monday with Finance Minister Ana Costa.",
      ),
    ).toEqual(["person:ana-costa -- person:lars-holm 2026-03-09"]);
  });

  it("still ends the clause at a relative clause after the talks' words", () => {
    expect(
      metOn(
        "Norway will raise its defence budget this year, Prime Minister Erik Halvorsen announced after talks with Polish President Anna Kowal, who took office on Monday.",
      ),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen undated"]);
  });

  it("still ends the clause at a new coordinated clause after the talks' words", () => {
    expect(
      metOn(
        "Norway will raise its defence budget this year, Prime Minister Erik Halvorsen announced after talks with Polish President Anna Kowal, and on Wednesday the cabinet approved the plan.",
      ),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen undated"]);
  });
});
