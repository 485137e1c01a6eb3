import { describe, expect, it } from "vitest";
import { deniesSaying } from "../../../src/extract/facts/opposition-denied-claim.ts";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Turning away what was said of oneself is a denial, not a stance (test/fixtures/README.md).
describe("a saying turned away is no stance", () => {
  it("reads no stance in rejecting a description or an argument", () => {
    expect(
      opposes(
        "Critics said the dam would flood three valleys. Water Minister Lena Okafor rejected that description on Friday.",
      ),
    ).toEqual([]);
    expect(
      opposes("Kenya rejected the argument that the loan would burden future budgets."),
    ).toEqual([]);
  });

  it("reads no stance in dismissing comparisons", () => {
    expect(opposes("Peru dismissed comparisons with the military regimes of the 1970s.")).toEqual(
      [],
    );
  });

  it("reads no stance in a charge called untrue", () => {
    expect(
      opposes(
        'Chile\'s foreign minister Ana Ruiz denied that troops had crossed the border, calling the accusation "a fabrication".',
      ),
    ).toEqual([]);
  });

  it("still reads rejected remarks, a rejected proposal and condemned claims as stances", () => {
    expect(opposes("Peru rejected the remarks by Chile's president as interference.")).toEqual([
      "country:PER -> country:CHL",
    ]);
    expect(
      opposes("Ghana rejected Togo's suggestion that the two states merge their customs posts."),
    ).toEqual(["country:GHA -> country:TGO"]);
    expect(opposes("Chile condemned the claims made by Bolivia over the border.")).toEqual([
      "country:CHL -> country:BOL",
    ]);
  });

  it("tells a saying turned away from one merely named", () => {
    expect(deniesSaying("rejected", "the characterisation", () => "")).toBe(true);
    expect(
      deniesSaying("calling", "the claims", () => "Oslo denied that it had sent troops, "),
    ).toBe(true);
    expect(deniesSaying("called", "the claim", () => "Pristina ")).toBe(false);
    expect(deniesSaying("rejected", "the objections", () => "Copenhagen ")).toBe(false);
    expect(deniesSaying("condemned", "the reports of arrests", () => "Chile ")).toBe(false);
    expect(deniesSaying("rejected", "the tariff", () => "Chile ")).toBe(false);
  });
});
