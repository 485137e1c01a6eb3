import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// A subject described by a noun and a relative clause before its verb ("X, a businessman whom
// Y appointed last year, was received by Z"): Y, named inside the aside, is not the one who met Z.
// Our own text.
describe("meeting subjects described by a noun and a relative clause", () => {
  it("takes the described subject of a passive reception, not the person named in the aside", () => {
    expect(
      metOn(
        "Paul Grant, a Texas banker whom President Ana Costa appointed last year, was received by King Rui Lopes on Tuesday.",
      ),
    ).toEqual(["person:paul-grant -- person:rui-lopes 2026-03-10"]);
  });

  it("does the same for an active verb and 'who'", () => {
    expect(
      metOn(
        "Paul Grant, the veteran diplomat who briefed President Ana Costa on the talks, met Prime Minister Rui Lopes in Lisbon on Wednesday.",
      ),
    ).toEqual(["person:paul-grant -- person:rui-lopes 2026-03-11"]);
  });

  it("still takes a subject described by a noun without a relative clause", () => {
    expect(
      metOn("Paul Grant, a banker from Texas, was received by King Rui Lopes on Tuesday."),
    ).toEqual(["person:paul-grant -- person:rui-lopes 2026-03-10"]);
  });

  it("gives nothing to the person in the aside when the subject met no one named", () => {
    expect(
      metOn(
        "Paul Grant, a banker whom President Ana Costa appointed last year, toured the port on Tuesday.",
      ),
    ).toEqual([]);
  });
});
