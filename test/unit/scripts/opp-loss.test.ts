import { describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../../scripts/learn/dev-set.ts";
import { lossBreakdown, type WeighedPair } from "../../../scripts/learn/opp-loss.ts";
import type { TargetGroup } from "../../../src/extract/learn/opp-target.ts";
import type { TargetCandidate } from "../../../src/extract/learn/opp-target-candidates.ts";

/** An article whose gold holds these stances and nothing else. */
function annotated(name: string, stances: { from: string; to: string[] }[]): AnnotatedArticle {
  const relations = { MET_WITH: [], OPPOSES: stances, FUNDS: [] };
  const gold = { article: name, publishedAt: "2026-01-01", persons: [], countries: [] };
  return {
    name,
    number: 1,
    article: undefined as never,
    gold: { ...gold, organizations: [], issues: [], relations },
  };
}

const pair = (holder: string, target: string, sentence: number, stands: boolean): WeighedPair => ({
  article: "a",
  holder,
  target,
  sentence,
  stands,
});

const group = (holder: string, keys: string[]): TargetGroup => ({
  holder,
  sentence: 0,
  candidates: keys.map((key, i) => ({ key, rule: i === 0 }) as unknown as TargetCandidate),
});

describe("where gold OPPOSES stances are lost", () => {
  const article = annotated("a", [
    { from: "country:CHL", to: ["issue:~tariff", "country:PER"] },
    { from: "country:BOL", to: ["country:PER"] },
    { from: "country:ECU", to: ["country:COL"] },
    { from: "country:ARG", to: ["country:URY"] },
    { from: "country:PRY", to: ["issue:~dam"] },
  ]);
  const pairs = [
    // Kept: a standing candidate with one of the gold's alternatives.
    pair("country:CHL", "issue:new-tariff", 0, true),
    // Outscored: the right pair falls short while the holder's wrong one stands in its sentence.
    pair("country:BOL", "country:PER", 1, false),
    pair("country:BOL", "issue:visit", 1, true),
    // Alone: the right pair falls short and nothing of its holder or target stands there.
    pair("country:ECU", "country:COL", 2, false),
    // The rules' stance of Argentina went to another target than the switch's right candidate.
    pair("country:ARG", "issue:statement", 3, true),
  ];
  const groups = new Map([["a", [group("country:ARG", ["issue:statement", "country:URY"])]]]);

  it("counts each gold stance once, in the first class that holds it", () => {
    const c = lossBreakdown([article], pairs, groups, new Map());
    expect({ ...c, lost: c.lost.length }).toEqual({
      gold: 5,
      kept: 1,
      outscored: 1,
      alone: 1,
      switched: 1,
      missing: 1,
      lost: 4,
    });
  });

  it("lists what stands of a lost stance's holder", () => {
    const { lost } = lossBreakdown([article], pairs, groups, new Map());
    expect(lost.find((l) => l.startsWith("outscored"))).toContain("stands: issue:visit");
    expect(lost.find((l) => l.startsWith("missing"))).toContain("country:PRY -> issue:~dam");
  });
});
