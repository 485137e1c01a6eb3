import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

const TALKS =
  "Prime Minister Erik Halvorsen held talks with President Anna Kowal in Oslo on Tuesday.";

// A pair told again by what their meeting covered; the time after the verb is the topic's.
describe("meeting days: 'the two also discussed the summit in September'", () => {
  it("keeps the meeting's day past a month in the topic", () => {
    expect(
      metOn(`${TALKS} The two leaders also discussed the regional summit in Riga in September.`),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-10"]);
  });

  it("keeps the meeting's day past a span or a vague time in the topic", () => {
    expect(
      metOn(`${TALKS} The two men talked about the drought that has hit farms since January.`),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-10"]);
    expect(
      metOn(`${TALKS} The two leaders reviewed the pact their ministers signed last year.`),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-10"]);
  });

  it("leaves undated a retold pair's talks told as before ('had discussed … in November')", () => {
    expect(metOn(`${TALKS} The two had discussed the pipeline in November.`)).toEqual([
      "person:anna-kowal -- person:erik-halvorsen 2026-03-10",
      "person:anna-kowal -- person:erik-halvorsen undated",
    ]);
  });

  it("leaves undated a retold pair's talks dated by a month before the verb", () => {
    expect(metOn(`${TALKS} In February, the two leaders discussed the pipeline.`)).toEqual([
      "person:anna-kowal -- person:erik-halvorsen 2026-03-10",
      "person:anna-kowal -- person:erik-halvorsen undated",
    ]);
  });

  it("does not read a meeting verb as a topic ('the two first met in Riga in November')", () => {
    expect(metOn(`${TALKS} The two leaders first met in Riga in November.`)).toEqual([
      "person:anna-kowal -- person:erik-halvorsen 2026-03-10",
      "person:anna-kowal -- person:erik-halvorsen undated",
    ]);
  });
});
