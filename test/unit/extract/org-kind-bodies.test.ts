import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ORG_KINDS_PATH, orgKindsJson } from "../../../scripts/lexicon/org-kinds.ts";
import { WordNet } from "../../../scripts/lexicon/wordnet.ts";
import { ORGANS } from "../../../src/extract/mentions/kind-bodies.ts";
import { extract, factsOf, keysOf } from "./helpers.ts";

/** Organisation keys of a one-article text. */
function orgsOf(body: string): string[] {
  return keysOf(extract(body), "Organization").sort();
}

describe("the institution kinds drawn from WordNet", () => {
  it("are what the build script writes from WordNet, byte for byte", () => {
    expect(readFileSync(ORG_KINDS_PATH, "utf8")).toBe(orgKindsJson(new WordNet()));
  }, 60_000);

  it("hold a state's organs and leave out the senses news does not use", () => {
    for (const organ of ["parliament", "central bank", "army", "armed forces", "police"])
      expect(ORGANS.has(organ)).toBe(true);
    // "the house" is a building, "the diet" food, "the law" a statute; "the cabinet" alone is
    // as often its meeting or the government as the state.
    for (const word of ["house", "diet", "law", "court", "cabinet"])
      expect(ORGANS.has(word)).toBe(false);
  });
});

// Each case pins one construction of kind-bodies.ts with a near miss beside it.
describe("a state's organ named by its kind", () => {
  it("reads an organ after 'the' or a verb as the state's own", () => {
    expect(orgsOf("The army said the mountain road was closed.")).toEqual(["org:army"]);
    expect(orgsOf("The finance minister said the bill would go to parliament in May.")).toEqual([
      "org:parliament",
    ]);
    expect(orgsOf("According to the central bank, inflation fell in May.")).toEqual([
      "org:central-bank",
    ]);
    expect(orgsOf("The rebels agreed to merge with the national army next year.")).toEqual([
      "org:army",
    ]);
    expect(orgsOf("The cabinet approved the water tariff on Monday.")).toEqual([]);
    // "a member of parliament" is a title; "in parliament" as often where a debate is.
    expect(orgsOf("Rosa Lind, a member of parliament, said the levy was unfair.")).toEqual([]);
  });

  it("leaves an organ's word that modifies a noun, or a thing of the same name, alone", () => {
    expect(orgsOf("Protesters gathered outside the parliament building on Sunday.")).toEqual([]);
    expect(orgsOf("The central bank governor resigned on Friday.")).toEqual([]);
    expect(orgsOf("The army chief visited the border town.")).toEqual([]);
    expect(orgsOf("A house collapsed after the storm, and the court adjourned.")).toEqual([]);
  });

  it("reads a state's institution named by its kind after the state", () => {
    const body =
      "Russia's central bank threatened to sue. Peru's election commission said the vote was fair.";
    expect(orgsOf(body)).toEqual(["org:per-election-commission", "org:rus-central-bank"]);
    // "a Chinese state bank" is any of them.
    expect(orgsOf("A Chinese state commission approved the loan.")).toEqual([]);
  });

  it("reads a body followed by a past tense not in '-ed', and not one that modifies a noun", () => {
    // "struck", "upheld" and "kept" were taken for nouns the kind modifies: no body was read.
    expect(
      orgsOf(
        "Ghana's supreme court struck down the law. Kenya's supreme court upheld a similar one.",
      ),
    ).toEqual(["org:gha-supreme-court", "org:ken-supreme-court"]);
    expect(orgsOf("Peru's central bank kept its rate at 5 percent.")).toEqual([
      "org:per-central-bank",
    ]);
    expect(orgsOf("Ghana's supreme court ruling was welcomed.")).toEqual([]);
    expect(orgsOf("The army trucks left at dawn.")).toEqual([]);
  });

  it("keys a state's body by the state, never as a known body of that short name", () => {
    // Two states' central banks were one org:central-bank, and "Kenya's commission" was the
    // European Commission (ORG_FORMS' short name for it).
    expect(
      orgsOf("Russia's central bank raised rates. China's central bank cut them the same day."),
    ).toEqual(["org:chn-central-bank", "org:rus-central-bank"]);
    expect(orgsOf("Kenya's commission said the vote was fair.")).toEqual(["org:ken-commission"]);
    expect(
      orgsOf("The European Commission proposed a levy. Kenya's commission said it was unfair."),
    ).toEqual(["org:european-commission", "org:ken-commission"]);
    // The organ alone, before or after, is the state's body the article names.
    expect(
      orgsOf("The central bank said inflation was high. Russia's central bank raised rates."),
    ).toEqual(["org:rus-central-bank"]);
  });

  it("takes an organ the article names in full with its state to be that body", () => {
    const body =
      "The Central Bank of Chile raised its main rate. Exporters said the central bank had moved too late.";
    expect(orgsOf(body)).toEqual(["org:central-bank-of-chile"]);
    const named =
      "The Bank of Papua New Guinea held its rate. Importers criticised the central bank for the delays.";
    expect(orgsOf(named)).toEqual(["org:bank-of-papua-new-guinea"]);
    // A body with no state in its name is no state's organ.
    const other =
      "The European Parliament passed the resolution. At home, the bill still has to pass parliament.";
    expect(orgsOf(other)).toEqual(["org:european-parliament", "org:parliament"]);
  });

  it("lists the body without making it a party: a state's organ paying is the state", () => {
    const doc = extract(
      "China's central bank raised its currency swap line with Pakistan to 40 billion yuan.",
    );
    expect(keysOf(doc, "Organization")).toEqual(["org:chn-central-bank"]);
    expect(factsOf(doc, "FUNDS")).toEqual(["country:CHN -> country:PAK"]);
  });
});
