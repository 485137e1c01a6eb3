import { describe, expect, it } from "vitest";
import { listenToStances, type WeighedStance } from "../../../src/extract/learn/opp-decide.ts";
import { labelFeatures } from "../../../src/extract/learn/opp-label-features.ts";
import { extract, factsOf, heardWhileExtracting } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Stances the rules proposed none for, each pinned by a general construction of our own.
describe("stances no rule proposed before", () => {
  it("takes a body named by two capitals as the whole object of a stance", () => {
    expect(opposes("Chile condemned the EU.")).toEqual(["country:CHL -> org:european-union"]);
    expect(opposes("Lena Petrova accused the EU of meddling in the vote.")).toEqual([
      "person:lena-petrova -> org:european-union",
    ]);
    expect(opposes("Peru's foreign ministry criticised the UN.")).toEqual([
      "country:PER -> org:united-nations",
    ]);
  });

  it("reads a reproach told as 'took X to task', whose object stands before 'to task'", () => {
    expect(opposes("Chile took Peru to task over the tariffs.")).toEqual([
      "country:CHL -> country:PER",
    ]);
    expect(opposes("Chile took its time to respond to Peru.")).toEqual([]);
    expect(opposes("Peru took part in the task force with Chile.")).toEqual([]);
  });

  it("still reads two letters that name no party as no object", () => {
    expect(opposes("Chile condemned the XZ.")).toEqual([]);
    expect(opposes("Chile praised the EU.")).toEqual([]);
  });
});

describe("labels no rule decides, weighed by the label model", () => {
  const heard = (body: string): WeighedStance[] => heardWhileExtracting(body, listenToStances);

  it("stands a party's quoted charge against another party", () => {
    // Weighed as a label; whether it stands is the label model's threshold (1 since round 25's
    // retraining: out of fold no label raised both F1s).
    const charge = 'Amnesty International said the EU had "traded away human rights for minerals".';
    expect(
      heard(charge).some(
        (c) => c.holder === "org:amnesty-international" && c.target === "org:european-union",
      ),
    ).toBe(true);
  });

  it("stands no quoted praise, nor a neutral account of talks", () => {
    expect(
      opposes('President Ana Ruiz called Peru "a trusted partner and a good friend".'),
    ).toEqual([]);
    expect(opposes('Chile said the talks were "productive".')).toEqual([]);
  });

  it("weighs a label with its quotation's words, as training reads them, and a rule's stance without", () => {
    const [label] = heard('Chile said the talks were "productive".');
    expect(label?.mention?.learned).toBe(true);
    expect(label?.weighed).toEqual(expect.arrayContaining(labelFeatures(label?.what ?? "")));
    expect(label?.weighed).toContain("q=productive");
    const [rule] = heard("Chile condemned the Peruvian tariff.");
    expect(rule?.mention?.learned).toBeUndefined();
    expect(rule?.weighed).not.toContain("label");
  });
});
