import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// Time frames that give no day, and repeated meetings; our own sentences.
describe("meetings dated by a part of a month, or held twice", () => {
  it("gives no day to 'met at least twice in the first week of March'", () => {
    expect(
      metOn(
        "President Ana Costa held talks with Prime Minister Rui Lopes on Wednesday. The deal was negotiated by Finance Minister Jan Berg and Treasury Secretary Erik Halvorsen, who met in Oslo at least twice in the first week of March.",
      ),
    ).toEqual([
      "person:ana-costa -- person:rui-lopes 2026-03-11",
      "person:erik-halvorsen -- person:jan-berg undated",
    ]);
  });

  it("gives no day to a meeting in 'the last days of February'", () => {
    expect(
      metOn(
        "President Ana Costa held talks with Prime Minister Rui Lopes on Wednesday. Finance Minister Jan Berg had met Treasury Secretary Erik Halvorsen in Oslo during the last days of February.",
      ),
    ).toEqual([
      "person:ana-costa -- person:rui-lopes 2026-03-11",
      "person:erik-halvorsen -- person:jan-berg undated",
    ]);
  });

  it("keeps the day of a meeting held twice on a day it states", () => {
    expect(
      metOn("Finance Minister Jan Berg met Treasury Secretary Erik Halvorsen twice on Tuesday."),
    ).toEqual(["person:erik-halvorsen -- person:jan-berg 2026-03-10"]);
  });

  it("does not read 'the second half of the talks' as a time frame", () => {
    expect(
      metOn(
        "On Wednesday President Ana Costa hosted Prime Minister Rui Lopes in Lisbon. Finance Minister Jan Berg joined them for the second half of the talks.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-11",
      "person:ana-costa -- person:rui-lopes 2026-03-11",
      "person:jan-berg -- person:rui-lopes 2026-03-11",
    ]);
  });
});
