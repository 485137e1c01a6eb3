import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// meeting-prospect.ts: a meeting "before" which a time still to come is named is to come.
describe("meeting prospect, a time after 'before' told of a past day", () => {
  it("holds talks 'later in the day' after a meeting of a past morning", () => {
    expect(
      met(
        "Kenyan President Amani Otieno met Ugandan President Okello Mugisha on Monday morning before holding talks with Tanzanian President Neema Mushi later in the day.",
      ),
    ).toEqual([
      "person:amani-otieno -> person:neema-mushi",
      "person:amani-otieno -> person:okello-mugisha",
    ]);
  });
});
