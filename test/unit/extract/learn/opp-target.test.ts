import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../../src/extract/analyze-article.ts";
import { findOppositions } from "../../../../src/extract/facts/find-oppositions.ts";
import { LinearModel } from "../../../../src/extract/learn/linear-model.ts";
import { stanceSentence, stanceWords } from "../../../../src/extract/learn/opp-sentence.ts";
import { targetCandidates } from "../../../../src/extract/learn/opp-target-candidates.ts";
import {
  chooseTarget,
  chooseTargets,
  observeTargetGroups,
  type TargetGroup,
} from "../../../../src/extract/learn/opp-target.ts";
import weights from "../../../../src/extract/learn/opp-target-weights.json" with { type: "json" };
import { articleOf, extract, factsOf, heardWhileExtracting } from "../helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

/** Every stance's target candidates the extractor builds for one article. */
function observed(body: string): TargetGroup[] {
  return heardWhileExtracting(body, observeTargetGroups);
}

/** The rules' stances of a one-sentence article, their targets chosen by `model`. */
function chosen(body: string, model: LinearModel): { targets: string[]; replaced: string[] } {
  const analysis = analyzeArticle(articleOf(body));
  const s = analysis.sentences[0]!;
  const actors = analysis.actors[0]!;
  const mentions = findOppositions(s, actors);
  const out = chooseTargets(s, 0, actors, mentions, analysis.people, model);
  return {
    targets: out.mentions.map((o) =>
      "actor" in o.target ? o.target.actor.key : o.target.issueKey,
    ),
    replaced: out.replaced.map((r) => r.issueKey),
  };
}

/** A model that prefers a party heading the rules' issue ("Peruvian levies"), and nothing else. */
const HEAD_MODEL = new LinearModel({
  name: "test",
  bias: -4,
  threshold: 0.5,
  weights: { "issue-head": 8 },
});

// "Peru's new tariff" is Peru's by the rules (a possessive owns a content noun); a demonym that
// heads a thing leaves the choice to the model.
const TARIFF = "Chile's foreign ministry condemned Peruvian levies on copper.";

describe("learned OPPOSES target", () => {
  it("keeps the rules' targets with the committed weights", () => {
    expect(opposes(TARIFF)).toEqual(["country:CHL -> issue:peruvian-levies-on-copper"]);
    // A summons over a reason that names no party is against the envoy's sender.
    expect(opposes("Ghana summoned Togo's ambassador over the border closure.")).toEqual([
      "country:GHA -> country:TGO",
    ]);
  });

  it("replaces the rules' target by the candidate a model prefers, keeping the issue as a topic", () => {
    expect(chosen(TARIFF, HEAD_MODEL)).toEqual({
      targets: ["country:PER"],
      replaced: ["issue:peruvian-levies-on-copper"],
    });
  });

  it("keeps the rules' target where no candidate reaches the threshold", () => {
    // No party heads the issue: the model has nothing to prefer.
    expect(
      chosen("Chile's foreign ministry condemned the new levies on copper.", HEAD_MODEL),
    ).toEqual({ targets: ["issue:new-levies-on-copper"], replaced: [] });
    const idle = new LinearModel({ ...weights, threshold: 2 });
    expect(chosen(TARIFF, idle)).toEqual({
      targets: ["issue:peruvian-levies-on-copper"],
      replaced: [],
    });
  });

  it("builds nothing while its threshold is above 1 and training does not listen", () => {
    const analysis = analyzeArticle(articleOf(TARIFF));
    const s = analysis.sentences[0]!;
    const actors = analysis.actors[0]!;
    const mentions = findOppositions(s, actors);
    const idle = new LinearModel({ ...weights, threshold: 2 });
    const out = chooseTargets(s, 0, actors, mentions, analysis.people, idle, undefined, 2);
    // The very list the rules gave: no candidate, feature or probability was made for it.
    expect(out.mentions).toBe(mentions);
    expect(out.replaced).toEqual([]);
  });

  it("takes the most probable other candidate only from the threshold", () => {
    expect(chooseTarget([0, 0.4, 0.8, 0.6], 0.7)).toBe(2);
    expect(chooseTarget([0, 0.4, 0.6], 0.7)).toBe(0);
    expect(chooseTarget([0], 0)).toBe(0);
  });

  it("replaces a rules' target that is the holder itself by the likeliest party from 0.1", () => {
    expect(chooseTarget([0, 0.05, 0.2, 0.15], 0.9, 0.9, [], true)).toBe(2);
    expect(chooseTarget([0, 0.05, 0.2, 0.15], 0.9, 0.9, [], false)).toBe(0);
    // A party the model all but rules out is no stance either; one named only before keeps its own.
    expect(chooseTarget([0, 0.05], 0.9, 0.9, [], true)).toBe(0);
    expect(chooseTarget([0, 0.5], 0.9, 0.7, [false, true], true)).toBe(0);
    // The rules alone (a threshold no probability reaches) keep it.
    expect(chooseTarget([0, 0.5], 2, 2, [], true)).toBe(0);
  });

  it("offers the sentence's other parties, a targeted person's state and a targeted state's leader", () => {
    const keys = (body: string) => observed(body).map((g) => g.candidates.map((c) => c.key));
    expect(keys(TARIFF)).toEqual([["issue:peruvian-levies-on-copper", "country:PER"]]);
    // The holder's own ministry is no target of its stance; a targeted minister's state is one.
    expect(keys("Kenya's foreign ministry condemned Uganda on Monday.")).toEqual([["country:UGA"]]);
    expect(
      keys("Peru's president Ana Flores criticised Chile's prime minister Luis Vera."),
    ).toEqual([["person:luis-vera", "country:PER", "country:CHL"]]);
    // Named in an earlier sentence: the state a person speaks for, the leader of a state.
    const earlier = "Chile's prime minister Luis Vera spoke on Monday.";
    expect(keys(`${earlier} Peru criticised Vera on Tuesday.`)).toEqual([
      ["person:luis-vera", "country:CHL"],
    ]);
    expect(keys(`${earlier} Peru criticised Chile on Tuesday.`)).toEqual([
      ["country:CHL", "person:luis-vera"],
    ]);
  });

  it("offers a targeted state's leader, not whoever holds a leader's title within another", () => {
    const keys = (body: string) => observed(body).map((g) => g.candidates.map((c) => c.key));
    // "Opposition Leader", "Vice President" were taken for Kenya's leader, named first.
    const criticised = "Uganda criticised Kenya on Tuesday.";
    expect(keys(`Kenya's opposition leader Raila Odinga spoke on Monday. ${criticised}`)).toEqual([
      ["country:KEN"],
    ]);
    expect(
      keys(
        `Kenya's vice president Kithure Kindiki and Kenya's president William Ruto spoke on Monday. ${criticised}`,
      ),
    ).toEqual([["country:KEN", "person:william-ruto"]]);
    expect(
      keys(
        "Iran's Supreme Leader Ali Khamenei spoke on Monday. Israel criticised Iran on Tuesday.",
      ),
    ).toEqual([["country:IRN", "person:ali-khamenei"]]);
  });

  it("reads the owner of the rules' issue as its head: the rules' issue holds the owner", () => {
    // "Ugandan levies…" is the rules' issue whole: Uganda heads it, never stands before it.
    const [group] = observed("Kenya condemned Ugandan levies on sugar imports.");
    expect(group!.candidates.map((c) => c.key)).toEqual([
      "issue:ugandan-levies-on-sugar-imports",
      "country:UGA",
    ]);
    expect(group!.candidates[1]!.features.filter((f) => f.startsWith("issue-"))).toEqual([
      "issue-head",
    ]);
  });

  it("reads words, never names, as features", () => {
    const groups = observed(
      "Sweden's foreign minister Anna Lindqvist condemned Norway's new levy on Swedish salmon.",
    );
    const features = groups.flatMap((g) => g.candidates.flatMap((c) => c.features));
    expect(features.length).toBeGreaterThan(10);
    for (const f of features)
      expect(f).not.toMatch(/sweden|swedish|norway|anna|lindqvist|SWE|NOR/i);
  });

  it("hands training the candidates and features the choice weighs", () => {
    const [group] = observed(TARIFF);
    const analysis = analyzeArticle(articleOf(TARIFF));
    const s = analysis.sentences[0]!;
    const actors = analysis.actors[0]!;
    const view = stanceSentence(s, 0, stanceWords(s) ?? new Array<undefined>(s.tokens.length));
    const [mention] = findOppositions(s, actors);
    const direct = targetCandidates(view, mention!, actors, analysis.people);
    expect(group!.candidates.map((c) => c.features)).toEqual(direct.map((c) => c.features));
  });

  it("loads its committed weights", () => {
    const model = new LinearModel(weights);
    expect(Object.keys(weights.weights).length).toBeGreaterThan(50);
    expect(model.probability([])).toBeGreaterThan(0);
    expect(Number.isFinite(weights.threshold)).toBe(true);
  });
});
