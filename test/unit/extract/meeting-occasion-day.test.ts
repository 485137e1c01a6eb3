import { describe, expect, it } from "vitest";
import { relativeDays } from "../../../src/extract/dates/relative-day.ts";
import { occasionDaysStated } from "../../../src/extract/facts/meeting-date.ts";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// A day told relative to the story's occasion ("the day before the summit", "on the eve of the
// talks") is counted from the occasion's own day, the first the story gave; our own text.
describe("meeting days: the day before the story's occasion", () => {
  it("reads 'the day before the summit' from the summit's day when the day in view has drifted to a month", () => {
    expect(
      metOn(
        "President Ana Costa hosted Prime Minister Rui Lopes for a summit in Lisbon on Wednesday. Both praised the ceasefire agreed earlier this month. The day before the summit, Foreign Minister Jan Berg held talks with Finance Minister Eva Lind.",
      ),
    ).toEqual([
      "person:ana-costa -- person:rui-lopes 2026-03-11",
      "person:eva-lind -- person:jan-berg 2026-03-10",
    ]);
  });

  it("reads 'the day before his audience' from the first day, not from a later day in view", () => {
    expect(
      metOn(
        "Envoy Jan Berg was received on Tuesday by President Ana Costa. On Wednesday he met Prime Minister Rui Lopes. The day before his audience at the palace, Berg had spoken by telephone with Eva Lind, the former president.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-10",
      "person:eva-lind -- person:jan-berg 2026-03-09",
      "person:jan-berg -- person:rui-lopes 2026-03-11",
    ]);
  });

  it("reads 'on the eve of the talks' the same way", () => {
    expect(
      metOn(
        "Prime Minister Rui Lopes held talks with President Ana Costa in Warsaw on Thursday. The leaders discussed the grid link due next month. On the eve of the talks, Costa spoke by phone with Chancellor Jan Berg.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-11",
      "person:ana-costa -- person:rui-lopes 2026-03-12",
    ]);
  });

  it("keeps a day the sentence states: 'On Monday, the eve of the visit' is Monday", () => {
    expect(
      metOn(
        "President Ana Costa began a state visit to Oslo on Tuesday. On Monday, on the eve of the visit, she spoke by phone with Prime Minister Rui Lopes.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-09"]);
  });

  it("takes no occasion from a word that names none: 'the day before the vote' stays a span to the vote", () => {
    expect(relativeDays("The day before the vote, they met.", 0)).toEqual([
      { start: 0, end: 14, shift: -1, between: true },
    ]);
    expect(relativeDays("The day before the summit, they met.", 0)).toEqual([
      { start: 0, end: 25, shift: -1, occasion: true, noun: "summit" },
    ]);
    expect(relativeDays("She left on the eve of the talks.", 0)).toEqual([
      { start: 9, end: 32, shift: -1, occasion: true, noun: "talks" },
    ]);
    expect(relativeDays("It was the eve of a new era.", 0)).toEqual([]);
  });
});

describe("meeting days: the occasion named with a hyphenated or accented modifier", () => {
  it("reads 'the eve of the EU-Japan summit' as an occasion", () => {
    expect(relativeDays("On the eve of the EU-Japan summit, they met.", 0)).toEqual([
      { start: 0, end: 33, shift: -1, occasion: true, noun: "summit" },
    ]);
    expect(relativeDays("The day before the Franco-Italian talks, they met.", 0)).toEqual([
      { start: 0, end: 39, shift: -1, occasion: true, noun: "talks" },
    ]);
    expect(relativeDays("The day before the Élysée summit, they met.", 0)).toEqual([
      { start: 0, end: 32, shift: -1, occasion: true, noun: "summit" },
    ]);
    // A word that names no occasion still gives none.
    expect(relativeDays("On the eve of the EU-Japan vote, they met.", 0)).toEqual([]);
  });
});

describe("meeting days: the occasion's own day", () => {
  it("counts 'the day before the summit' from the day stated with the summit, not the first day", () => {
    expect(
      metOn(
        "Finance ministers met on Monday to draft the budget. Nordic leaders gather on Thursday for the summit in Oslo. The day before the summit, President Ana Costa met Prime Minister Rui Lopes.",
      ),
    ).toContain("person:ana-costa -- person:rui-lopes 2026-03-11");
  });

  it("takes no month or year stated before the phrase as the day it restates", () => {
    expect(
      metOn(
        "President Ana Costa hosted a summit in Lisbon on Wednesday. Prime Minister Rui Lopes, who took office in May 2019, met Costa the day before the summit.",
      ),
    ).toContain("person:ana-costa -- person:rui-lopes 2026-03-10");
    // A whole day the sentence states still is the one it restates.
    expect(
      metOn(
        "President Ana Costa began a state visit to Oslo on Tuesday. On Monday, on the eve of the visit, she spoke by phone with Prime Minister Rui Lopes.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-09"]);
  });
});

// Each occasion keeps its own day: a day stated with a visit does not date "the eve of the
// summit" (which, stated with no day of its own, counts from the story's first day).
describe("meeting days: the day of the occasion the phrase names", () => {
  it("counts 'the eve of the summit' from the story's day, not from a day stated with a visit", () => {
    expect(
      metOn(
        "The regional summit opened in Rome on Thursday. Prime Minister Rui Lopes arrived on Tuesday for a visit to Madrid. On the eve of the summit, President Ana Costa met Chancellor Jan Berg.",
      ),
    ).toContain("person:ana-costa -- person:jan-berg 2026-03-11");
  });

  it("still counts 'the eve of the visit' from the day stated with the visit", () => {
    expect(
      metOn(
        "The regional summit opened in Rome on Thursday. Prime Minister Rui Lopes arrived on Tuesday for a visit to Madrid. On the eve of the visit, President Ana Costa met Chancellor Jan Berg.",
      ),
    ).toContain("person:ana-costa -- person:jan-berg 2026-03-09");
  });

  it("counts 'the day before the talks' from the talks' own day when a trip states another", () => {
    expect(
      metOn(
        "Ministers flew out on Monday for a trip to Asia. Envoys sit down on Thursday for the talks in Geneva. The day before the talks, President Ana Costa met Chancellor Jan Berg.",
      ),
    ).toContain("person:ana-costa -- person:jan-berg 2026-03-11");
  });

  it("keeps each noun's first day and reads the day word case-sensitively", () => {
    const at = new Date("2026-03-13T15:00:00Z");
    expect([
      ...occasionDaysStated(
        "Leaders gather on Thursday for the summit and on Tuesday for the talks.",
        at,
      ),
    ]).toEqual([
      ["summit", "2026-03-12"],
      ["talks", "2026-03-10"],
    ]);
    // "on trade for the summit" states no day: a lower-case word is none.
    expect([...occasionDaysStated("Leaders agreed on trade for the summit.", at)]).toEqual([]);
  });
});
