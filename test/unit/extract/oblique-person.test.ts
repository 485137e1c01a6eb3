import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// resolve/oblique-person.ts keeps a person after a preposition, or inside a relative clause, from
// being the subject that an object "him" cannot be; these pin where it must not reach.
describe("oblique person, where the person is the subject after all", () => {
  it("skips a title before the name, not a day or a city: 'said on Tuesday B had called him'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno said on Tuesday Ugandan President Okello Mugisha had called him twice.",
      ),
    ).toEqual(["person:okello-mugisha -> person:amani-otieno"]);
    expect(
      met(
        "Kenyan President Amani Otieno told reporters in Nairobi Ugandan President Okello Mugisha had phoned him on Sunday.",
      ),
    ).toEqual(["person:okello-mugisha -> person:amani-otieno"]);
    expect(
      met(
        "Kenyan President Amani Otieno flew to Kampala, where on Tuesday Ugandan President Okello Mugisha hosted him at State House.",
      ),
    ).toEqual(["person:okello-mugisha -> person:amani-otieno"]);
  });

  it("reads a relative clause closed before 'and' as no bar: 'C thanked A, who had met B, and then welcomed him'", () => {
    expect(
      met(
        "Tanzanian President Neema Mushi thanked Kenyan President Amani Otieno, who had met Ugandan President Okello Mugisha, and then welcomed him to Dodoma.",
      ),
    ).toEqual([
      "person:amani-otieno -> person:okello-mugisha",
      "person:neema-mushi -> person:amani-otieno",
    ]);
  });
});
