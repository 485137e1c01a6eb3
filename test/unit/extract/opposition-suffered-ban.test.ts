import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A ban's participle after a passive's auxiliary is suffered by the subject; its doer follows
// "by" (find-oppositions.ts, PASSIVE in opposition-verbs.ts).
describe("a ban suffered", () => {
  it("gives the one barred or banned to the doer after 'by'", () => {
    expect(
      opposes("Mahmoud Abbas, who was barred by Washington from travelling, spoke by video."),
    ).toEqual(["country:USA -> person:mahmoud-abbas"]);
    expect(opposes("Imports of Polish apples were banned by Russia in 2014.")).toEqual([
      "country:RUS -> issue:imports-of-polish-apples",
    ]);
  });

  it("still reads the active ban from its subject", () => {
    expect(opposes("Russia has barred Polish officials from entering the country.")).toEqual([
      "country:RUS -> country:POL",
    ]);
  });

  it("reads nothing when no doer is told right after the participle", () => {
    expect(
      opposes("The opposition leader was barred from running by the electoral court."),
    ).toEqual([]);
  });
});
