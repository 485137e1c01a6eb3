import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

const BEFORE = "Kenya and Uganda closed their shared border in March. ";

// A relative clause opened by a preposition and "which" ("to which", "of which") is an aside on
// the subject before it, like "in which" or "where": the parties inside it do not hold the stance.
describe("opposition: a subject past a relative clause opened by 'to which'", () => {
  it("keeps the body before 'to which' as the holder", () => {
    expect(
      opposes(
        `${BEFORE}The African Union, to which both countries belong, condemned the closures on Monday.`,
      ),
    ).toEqual(["org:african-union -> issue:closures"]);
  });

  it("keeps the states before 'to which' as the holders, not the body inside", () => {
    expect(
      opposes(
        `${BEFORE}Both countries, to which the African Union sent envoys, condemned the smuggling on Monday.`,
      ),
    ).toEqual(["country:KEN -> issue:smuggling", "country:UGA -> issue:smuggling"]);
    expect(
      opposes(
        `${BEFORE}Tanzania, to which most of the trucks were diverted, criticised the closures on Monday.`,
      ),
    ).toEqual(["country:TZA -> issue:closures"]);
  });

  it("reads 'of which' and a plain 'which' clause as before", () => {
    expect(
      opposes(
        `${BEFORE}The European Union, of which neither country is a member, criticised the closures on Monday.`,
      ),
    ).toEqual(["org:european-union -> issue:closures"]);
    expect(
      opposes(
        `${BEFORE}The African Union, which both countries belong to, condemned the closures on Monday.`,
      ),
    ).toEqual(["org:african-union -> issue:closures"]);
  });
});
