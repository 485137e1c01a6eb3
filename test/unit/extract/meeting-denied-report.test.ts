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

describe("meeting denied report, a report named with its source", () => {
  it("denies a meeting told in 'denied a foreign newspaper's report that A had met B'", () => {
    expect(
      met(
        "The ministry denied the state broadcaster's reports that President Peter Lund had met President Ivan Petrov in Geneva.",
      ),
    ).toEqual([]);
    // Told with no denial, the meeting stands.
    expect(
      met(
        "The state broadcaster reported that President Peter Lund had met President Ivan Petrov in Geneva.",
      ),
    ).toEqual(["person:peter-lund -> person:ivan-petrov"]);
  });

  it("denies a call that is how the denied claim's encounter took place: 'raised the case with B in a phone call'", () => {
    expect(
      met(
        "Foreign ministry spokeswoman Ana Banda said on Thursday that the talks had failed. She denied a foreign newspaper's report that President Peter Lund had raised the case with President Ivan Petrov in a phone call.",
      ),
    ).toEqual([]);
    // Stated, the same call is held.
    expect(
      met(
        "President Peter Lund raised the case with President Ivan Petrov in a phone call on Monday.",
      ),
    ).toEqual(["person:peter-lund -> person:ivan-petrov"]);
  });
});
