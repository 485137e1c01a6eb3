import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// The day a meeting undated in its own sentence takes from the sentences before it; our own text.
describe("meeting days: what the story's earlier days anchor", () => {
  it("does not move the day in view to a day named in the possessive ('Tuesday's attack')", () => {
    expect(
      metOn(
        "President Ana Costa held talks with Prime Minister Rui Lopes in Lisbon on Wednesday. The two leaders condemned Tuesday's attack on a border post. Costa was later received by President Jan Berg.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-11",
      "person:ana-costa -- person:rui-lopes 2026-03-11",
    ]);
  });

  it("still moves the day in view to a plain day of the story's events", () => {
    expect(
      metOn(
        "President Ana Costa held talks with Prime Minister Rui Lopes in Lisbon on Wednesday. The two leaders visited a border post on Thursday. Costa was later received by President Jan Berg.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-12",
      "person:ana-costa -- person:rui-lopes 2026-03-11",
    ]);
  });

  it("lets a possessive day set the day when the story has none yet", () => {
    expect(
      metOn(
        "Tuesday's vote left the coalition without a majority. President Ana Costa received Prime Minister Rui Lopes at the palace.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-10"]);
  });

  it("keeps a meeting's own day over a possessive one in its sentence", () => {
    expect(
      metOn(
        "President Ana Costa held talks with Prime Minister Rui Lopes on Wednesday. After Thursday's vote, Costa met President Jan Berg on Friday morning.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-13",
      "person:ana-costa -- person:rui-lopes 2026-03-11",
    ]);
  });

  it("counts 'the same day' from the day the sentence before stated, even a statement's", () => {
    expect(
      metOn(
        "On Wednesday the parliament approved the budget. The ministry said on Monday it would send aid to the north. Foreign Minister Ana Costa announced the package after speaking by phone with her counterpart Jan Berg the same day.",
      ),
    ).toEqual(["person:ana-costa -- person:jan-berg 2026-03-09"]);
  });

  it("counts 'later that day' from the day in view when the sentence before states none", () => {
    expect(
      metOn(
        "On Wednesday the parliament approved the budget. The ministry said on Monday it would send aid to the north. The package is the largest this year. Foreign Minister Ana Costa spoke by phone with her counterpart Jan Berg later that day.",
      ),
    ).toEqual(["person:ana-costa -- person:jan-berg 2026-03-11"]);
  });

  it("does not count from a day that opens a span in the sentence before", () => {
    expect(
      metOn(
        "On Wednesday President Ana Costa met President Jan Berg. It was their first contact since the March 2 summit. Later that day, Costa spoke by phone with Prime Minister Rui Lopes.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-11",
      "person:ana-costa -- person:rui-lopes 2026-03-11",
    ]);
  });

  it("counts a number of days ('a day earlier') from the story's day, not a statement's", () => {
    expect(
      metOn(
        "On Wednesday the parliament approved the budget. The ministry said on Monday it would send aid to the north. A day earlier, Foreign Minister Ana Costa spoke by phone with her counterpart Jan Berg.",
      ),
    ).toEqual(["person:ana-costa -- person:jan-berg 2026-03-10"]);
  });

  it("counts from a day stated in the meeting's own sentence first", () => {
    expect(
      metOn(
        "The ministry said on Monday it would send aid. On Tuesday Foreign Minister Ana Costa flew to Oslo and met President Jan Berg the same day.",
      ),
    ).toEqual(["person:ana-costa -- person:jan-berg 2026-03-10"]);
  });
});

describe("meeting days: a sentence that moves on to a later day", () => {
  const later = (pairs: string[]) => pairs.filter((p) => p.includes("erik-halvorsen"));

  it("leaves the story on the later day a coordinated 'and flew' goes on to", () => {
    expect(
      later(
        metOn(
          "Envoy Ana Costa held talks in Lisbon on Sunday with President Jan Berg and flew to Porto on Monday to meet Mayor Rui Lopes. In Porto, Costa was also received by Governor Erik Halvorsen.",
        ),
      ),
    ).toEqual(["person:ana-costa -- person:erik-halvorsen 2026-03-09"]);
  });

  it("also after 'and then travelled'", () => {
    expect(
      later(
        metOn(
          "Envoy Ana Costa met President Jan Berg in Lisbon on Tuesday and then travelled to Porto on Wednesday. There she sat down with Governor Erik Halvorsen.",
        ),
      ),
    ).toEqual(["person:ana-costa -- person:erik-halvorsen 2026-03-11"]);
  });

  it("keeps the first day when the coordinated verb does not go anywhere", () => {
    expect(
      later(
        metOn(
          "Envoy Ana Costa met President Jan Berg in Lisbon on Tuesday and praised the reforms the cabinet adopted on Wednesday. Costa later received Governor Erik Halvorsen.",
        ),
      ),
    ).toEqual(["person:ana-costa -- person:erik-halvorsen 2026-03-10"]);
  });

  it("does not move back to an earlier day told after 'and flew'", () => {
    expect(
      later(
        metOn(
          "Envoy Ana Costa met President Jan Berg in Lisbon on Wednesday and flew home after a stop she had made in Porto on Monday. Costa later received Governor Erik Halvorsen.",
        ),
      ),
    ).toEqual(["person:ana-costa -- person:erik-halvorsen 2026-03-11"]);
  });
});
