import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// meeting-modality.ts deniedReport: a denied report denies the meeting only when the meeting is
// what it reports, not the place of what it reports.
describe("meeting denied report, a claim about what happened at a meeting", () => {
  it("keeps a meeting that a denied claim takes as its place: 'rejected claims that he had conceded ground in talks with B'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno rejected claims that he had conceded ground in talks with Ugandan President Okello Mugisha.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
    expect(
      met(
        "Kenyan President Amani Otieno played down reports of a rift at his meeting with Ugandan President Okello Mugisha.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
  });

  it("still denies one claimed as a state: 'dismissed reports that he had been in talks with B'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno dismissed reports that he had been in talks with Ugandan President Okello Mugisha.",
      ),
    ).toEqual([]);
  });

  it("denies a meeting a denied report tells, with the report's source named: 'denied a report by a newspaper that…'", () => {
    expect(
      met(
        "President Ana Lobo arrived in Lima on Monday. Her spokesman denied a report by a local newspaper that the president had met Peruvian President Jorge Rivas during a stopover.",
      ),
    ).toEqual([]);
    expect(
      met(
        "President Ana Lobo arrived in Lima on Monday. Her office dismissed claims in the opposition press that she had met Peruvian President Jorge Rivas on Sunday.",
      ),
    ).toEqual([]);
  });
});
