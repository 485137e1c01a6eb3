import { describe, expect, it } from "vitest";
import { LinearModel } from "../../../../src/extract/learn/linear-model.ts";
import { stanceWord } from "../../../../src/extract/learn/opp-lexicon.ts";
import { labelFeatures } from "../../../../src/extract/learn/opp-label-features.ts";
import { listenToStances, type WeighedStance } from "../../../../src/extract/learn/opp-decide.ts";
import ruleWeights from "../../../../src/extract/learn/opp-rule-weights.json" with { type: "json" };
import wideWeights from "../../../../src/extract/learn/opp-wide-weights.json" with { type: "json" };
import { extract, factsOf, heardWhileExtracting } from "../helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

/** Every candidate the extractor weighs in one article, with the features it weighs them by. */
function weighed(body: string): WeighedStance[] {
  return heardWhileExtracting(body, listenToStances);
}

const STORY =
  "Peru on Tuesday condemned Chile's decision to close the border. Bolivia's foreign minister " +
  "said La Paz regretted the move. Chile rejected the criticism from Lima.";

describe("learned OPPOSES decision", () => {
  it("keeps stances stated outright", () => {
    expect(opposes("Peru on Tuesday condemned Chile's decision to close the border.")).toEqual([
      "country:PER -> country:CHL",
    ]);
    expect(
      opposes("Kenya's foreign ministry summoned the Ugandan ambassador to protest the arrests."),
    ).toEqual(["country:KEN -> country:UGA"]);
  });

  it("adds no stance where parties are praised, accusations denied or a measure is only possible", () => {
    expect(opposes("Ghana praised Togo for its help with the floods.")).toEqual([]);
    expect(
      opposes("Norway's prime minister denied accusations by Sweden that it had broken the deal."),
    ).toEqual([]);
    expect(opposes("Brazil would never sanction Argentina, the minister said.")).toEqual([]);
  });

  it("gives each stance the probability its model gives as confidence", () => {
    const doc = extract("Peru on Tuesday condemned Chile's decision to close the border.");
    const [stance] = doc.relationships.filter((r) => r.type === "OPPOSES");
    const [candidate] = weighed(
      "Peru on Tuesday condemned Chile's decision to close the border.",
    ).filter((c) => c.holder === "country:PER" && c.target === "country:CHL");
    const model = new LinearModel(candidate?.mention === undefined ? wideWeights : ruleWeights);
    expect(stance?.confidence).toBe(Math.round(model.probability(candidate!.weighed) * 100) / 100);
  });

  it("weighs the same features on every run: what training reads is what extraction decides on", () => {
    const first = weighed(STORY);
    expect(first.length).toBeGreaterThan(0);
    expect(weighed(STORY)).toEqual(first);
    // The article's features follow the sentence's, never replace them.
    for (const c of first) expect(c.weighed.slice(0, c.features.length)).toEqual(c.features);
  });

  it("names no party in a feature: words, kinds and positions only", () => {
    for (const c of weighed(STORY))
      for (const f of c.weighed) expect(f).not.toMatch(/country:|person:|org:|peru|chile|bolivia/i);
  });

  it("reads a word of a name as a capitalised word, never as a stance word or as itself", () => {
    // Before: "Rob" (AFINN rates "rob") was the stance word of five pairs, and "bw=rob", "bw=van",
    // "bw=der" were features of Peru -> Chile; "Dick" made a stance sentence of a meeting.
    const stances = weighed(
      "Peru, whose foreign minister Rob van der Berg spoke on Tuesday, condemned Chile.",
    );
    const ruled = stances.find((c) => c.holder === "country:PER" && c.target === "country:CHL");
    expect(ruled?.weighed).toContain("bw=CAP");
    for (const c of stances) {
      expect(c.weighed.filter((f) => /=(rob|van|der|berg)\b/.test(f))).toEqual([]);
      expect(c.weighed).toContain("w=condemn");
    }
    expect(
      weighed(
        "Dutch Prime Minister Dick Schoof met Belgian Prime Minister Bart De Wever in Brussels on Monday.",
      ),
    ).toEqual([]);
  });

  it("loads both committed models, each with a threshold chosen for it", () => {
    for (const weights of [ruleWeights, wideWeights]) {
      const model = new LinearModel(weights);
      expect(Object.keys(weights.weights).length).toBeGreaterThan(100);
      expect(model.threshold).toBeGreaterThanOrEqual(0);
      expect(model.threshold).toBeLessThanOrEqual(1);
    }
  });

  it("finds stance words by their stems and by their valence, not inside other words", () => {
    expect(stanceWord("condemnation")?.family).toBe("condemn");
    expect(stanceWord("summoned")?.family).toBe("measure");
    expect(stanceWord("several")).toBeUndefined();
    expect(stanceWord("suez")).toBeUndefined();
    expect(stanceWord("bank")).toBeUndefined();
    expect(stanceWord("hypocritical")?.family).toBe("verdict");
  });

  it("reads 'to task' as a reproach only as the idiom, not as a compound's head or a verb", () => {
    // The idiom's object stands before "to task".
    expect(opposes("Chile took Peru to task, saying the delays were unacceptable.")).toEqual([
      "country:CHL -> country:PER",
    ]);
    // "task force" is a noun; "to task the army" a verb with its own object.
    expect(opposes("Peru took the files to task force members in Lima.")).toEqual([]);
    expect(opposes("Chile took steps to task the army with border control.")).toEqual([]);
  });

  it("reads a quotation's first word as a word, though punctuation follows it", () => {
    // "Shameful," starts the quotation as a sentence starts: no name, as "Shameful" alone is not.
    const features = labelFeatures('dismissed the offer as "Shameful, a bandage on a wound"');
    expect(features).toContain("q=shameful");
    expect(features).not.toContain("q=CAP");
    // A capitalised word after the first is a name's.
    expect(labelFeatures('called the visit "a photo opportunity for Brussels"')).toContain("q=CAP");
  });

  it("keeps 'what X called for' whole: a demand, not a speaker's label before the object", () => {
    // A label: the words after it are what is opposed.
    expect(
      weighed(
        "Chile took aim at what its leader, Ana Ruiz, called borrowing without a mandate.",
      ).map((c) => c.target),
    ).toContain("issue:borrowing-without-a-mandate");
    // A demand: read as a label, "called for" left "for in the talks", no object, and no stance.
    expect(opposes("Peru rejected what Chile called for in the talks.")).toEqual([
      "country:PER -> issue:what-chile-called-for-in-the-talks",
    ]);
  });

  it("reads 'malign' as the adjective it is in news, not as a WordNet stance verb", () => {
    // WordNet's verb "malign" made the rules read "malign proxies" as Russia maligning proxies.
    expect(opposes("Russia, through malign proxies, targeted Moldova's elections.")).toEqual([]);
    expect(opposes("Israel said Iran malign activities threatened the region.")).toEqual([
      "country:ISR -> country:IRN",
    ]);
    expect(stanceWord("malign")).toBeUndefined();
    // The verb's other forms stay a stance of their subject.
    expect(opposes("Senator Paul Okafor maligned the judges in a speech on Monday.")).toEqual([
      "person:paul-okafor -> issue:judges",
    ]);
  });

  it("reads no stance in a temptation, an urge or a lure resisted: restraint, not opposition", () => {
    // WordNet's "resist" made the rules read "resisted the temptation to …" as a stance against it.
    expect(opposes("President Jonas Vale resisted the temptation to raise taxes.")).toEqual([]);
    expect(opposes("Kenya resisted the temptation to devalue the shilling.")).toEqual([]);
    expect(opposes("Uganda has resisted the lure of Chinese loans.")).toEqual([]);
    // What is resisted by name stays a stance.
    expect(opposes("Tanzania resisted the reform of the East African Community.")).toEqual([
      "country:TZA -> issue:reform-of-the-east-african-community",
    ]);
  });

  it("reads a strike called against a thing as labour's, not an attack; a motion whoever submits it", () => {
    // The idiom took "called an air strike against the Houthis" for a stance of the United States.
    expect(opposes("The United States called an air strike against the Houthis in Yemen.")).toEqual(
      [],
    );
    expect(opposes("Israel called a drone strike against Hamas in Gaza.")).toEqual([]);
    expect(opposes("The COSATU union called a national strike against the fuel tax.")).toEqual([
      "org:cosatu -> issue:fuel-tax",
    ]);
    // "submits" was the one form of the three verbs the motion idiom missed.
    expect(
      opposes(
        "The Social Democratic Party submits a motion of no confidence against Prime Minister Ilie Marin.",
      ),
    ).toEqual(["org:social-democratic-party -> person:ilie-marin"]);
  });
});
