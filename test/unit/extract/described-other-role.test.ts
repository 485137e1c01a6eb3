import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// A role described with a state ("Belarus's ambassador", "the Chadian envoy") stands for someone
// of unknown state only if the article gave them no other role. The sentences are our own.
describe("a described role of a state read as no one holding another role", () => {
  it("reads 'Belarus's ambassador' as no one when the only unplaced person is an interior minister", () => {
    expect(
      metOn(
        "Interior Minister Vytas Kazlas said the crossings would stay closed. Prime Minister Rima Zukas spoke on Tuesday, and the ministry summoned Belarus's ambassador to deliver a protest note.",
      ),
    ).toEqual([]);
  });

  it("reads 'the Polish envoy' as no one when the only unplaced person is a finance minister", () => {
    expect(
      metOn(
        "Finance Minister Petras Vaitkus presented the budget on Monday. Prime Minister Rima Zukas received the Polish envoy on Tuesday.",
      ),
    ).toEqual([]);
  });

  it("still reads a described role as the one holding it", () => {
    expect(
      metOn(
        "Ambassador Ivan Sokol arrived in Vilnius on Monday. Prime Minister Rima Zukas received the Belarusian ambassador on Tuesday.",
      ),
    ).toEqual(["person:ivan-sokol -- person:rima-zukas 2026-03-10"]);
  });

  it("still reads a described role as one the article gave no title", () => {
    expect(
      metOn(
        "Ivan Sokol arrived in Vilnius on Monday to present a proposal. Prime Minister Rima Zukas received the Belarusian envoy on Tuesday.",
      ),
    ).toEqual(["person:ivan-sokol -- person:rima-zukas 2026-03-10"]);
  });

  it("reads 'the Belarusian envoy' as one the article titled ambassador", () => {
    expect(
      metOn(
        "Ambassador Ivan Sokol arrived in Vilnius on Monday. Prime Minister Rima Zukas received the Belarusian envoy on Tuesday.",
      ),
    ).toEqual(["person:ivan-sokol -- person:rima-zukas 2026-03-10"]);
  });

  it("reads 'the Moldovan envoy' as one the article titled special representative or chargé", () => {
    expect(
      metOn(
        "Special Representative Dan Rusu landed in Riga on Sunday with a ceasefire plan. President Ilze Berzina received the Moldovan envoy on Monday.",
      ),
    ).toEqual(["person:dan-rusu -- person:ilze-berzina 2026-03-09"]);
    expect(
      metOn(
        "Chargé d'Affaires Dan Rusu was called in on Sunday. President Ilze Berzina received the Moldovan diplomat on Monday.",
      ),
    ).toEqual(["person:dan-rusu -- person:ilze-berzina 2026-03-09"]);
  });

  it("reads 'the Belarusian envoy' as a deputy foreign minister sent as one", () => {
    expect(
      metOn(
        "Deputy Foreign Minister Ivan Sokol flew to Vilnius on Monday as a special envoy of his government. Prime Minister Rima Zukas received the Belarusian envoy on Tuesday.",
      ),
    ).toEqual(["person:ivan-sokol -- person:rima-zukas 2026-03-10"]);
  });

  it("reads 'the Belarusian envoy' as no one when the only unplaced person holds a home office", () => {
    expect(
      metOn(
        "Defence Minister Tomas Jonaitis inspected the border on Monday. Prime Minister Rima Zukas received the Belarusian envoy on Tuesday.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Interior Minister Vytas Kazlas said the crossings would stay closed. The foreign ministry summoned Belarus's chargé d'affaires, and Prime Minister Rima Zukas met the Belarusian envoy later.",
      ),
    ).toEqual([]);
  });
});
