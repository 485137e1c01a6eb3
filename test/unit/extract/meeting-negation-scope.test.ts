import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// meeting-negation-scope.ts lets a meeting after a negated verb and its object stand; the words
// before the negation still tell whether it is to come.
describe("meeting negation scope, a meeting still to come", () => {
  it("keeps 'will' and 'may' before the negation: 'will not discuss X during his meeting with B'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno will not discuss the border during his meeting with Ugandan President Okello Mugisha on Friday.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Kenyan President Amani Otieno may not push the issue during talks with Ugandan President Okello Mugisha planned for next month.",
      ),
    ).toEqual([]);
  });

  it("drops a past 'would' or 'could' with the negation: 'would not say what was discussed after his talks'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno would not say what was discussed after his talks with Ugandan President Okello Mugisha.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
  });
});

describe("negation, a contraction", () => {
  it("reads 'didn't' and 'won’t' as a negation (modality.ts NEGATION: no word boundary before 'n't')", () => {
    expect(
      met("Kenyan President Amani Otieno didn't meet Ugandan President Okello Mugisha on Monday."),
    ).toEqual([]);
    expect(
      met("Kenyan President Amani Otieno won’t meet Ugandan President Okello Mugisha on Friday."),
    ).toEqual([]);
  });
});
