import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// An object told by what it is, then named in apposition, is the one named
// (opposition-appositive-named.ts, called from targetOf and opposedList).
describe("an object named in apposition", () => {
  it("gives each person named after the description", () => {
    expect(
      opposes(
        "The US Treasury on Friday sanctioned two former ministers, the brothers Paul Okafor and Daniel Okafor, accusing them of fraud.",
      ),
    ).toEqual(["country:USA -> person:daniel-okafor", "country:USA -> person:paul-okafor"]);
    expect(
      opposes(
        "Britain imposed sanctions on a militia commander, Ahmed Yusuf Barre, over attacks on aid convoys.",
      ),
    ).toEqual(["country:GBR -> person:ahmed-yusuf-barre"]);
  });

  it("follows a second description and its name after 'and'", () => {
    expect(
      opposes(
        "The Treasury Department imposed sanctions on Hamas's chief financier, Omar Khalil, and its military spokesman, Yusuf Nader.",
      ),
    ).toEqual(["country:USA -> person:omar-khalil", "country:USA -> person:yusuf-nader"]);
  });

  it("also reads a person criticised by description and name", () => {
    expect(
      opposes("Germany criticised a local journalist, Hans Weber, for his reporting."),
    ).toEqual(["country:DEU -> person:hans-weber"]);
  });

  it("does not take a speaker after the object for an appositive", () => {
    expect(
      opposes("Germany criticised the plan, Finance Minister Hans Weber said on Monday."),
    ).toEqual(["country:DEU -> issue:plan"]);
    expect(
      opposes("Germany criticised the plan, Hans Weber, the finance minister, said on Monday."),
    ).toEqual(["country:DEU -> issue:plan"]);
  });
});
