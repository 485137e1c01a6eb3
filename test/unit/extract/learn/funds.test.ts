import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../../src/extract/extract-graph.ts";
import { LinearModel } from "../../../../src/extract/learn/linear-model.ts";
import {
  chooseCandidate,
  observeRecipientGroups,
  type RecipientGroup,
} from "../../../../src/extract/learn/funds-recipient.ts";
import weights from "../../../../src/extract/learn/funds-recipient.json" with { type: "json" };
import { articleOf, fundsOf } from "../helpers.ts";

describe("FUNDS recipient model", () => {
  it("keeps amounts given to a party the sentence names", () => {
    expect(
      fundsOf("Japan will lend Kenya $300 million for a new railway, officials said."),
    ).toEqual(["country:JPN -> country:KEN 300000000 USD"]);
    expect(
      fundsOf("The World Bank approved a $250 million grant to Ghana for rural roads."),
    ).toEqual(["org:world-bank -> country:GHA 250000000 USD"]);
  });

  it("records no funding for trade, debts or money only considered", () => {
    expect(fundsOf("Trade between Kenya and Japan reached $3 billion last year.")).toEqual([]);
    expect(fundsOf("Kenya owes China about $6 billion, the treasury said.")).toEqual([]);
    expect(fundsOf("Japan is considering a $300 million loan to Kenya.")).toEqual([]);
  });

  it("loads its committed weights", () => {
    const model = new LinearModel(weights);
    expect(Object.keys(weights.weights).length).toBeGreaterThan(50);
    expect(model.probability([])).toBeGreaterThan(0);
    for (const x of [weights.threshold, weights.switchMargin, weights.addThreshold])
      expect(Number.isFinite(x)).toBe(true);
  });

  it("decides at run time on the features training reads", () => {
    // Training reads the candidates through observeRecipientGroups; the graph's confidence is
    // the probability of the one chosen, so both come from the same features.
    const groups: RecipientGroup[] = [];
    observeRecipientGroups((g) => groups.push(g));
    const doc = extractGraph(
      articleOf("Norway pledged 500 million kroner to Somalia for drought relief on Monday."),
    );
    observeRecipientGroups(undefined);
    const model = new LinearModel(weights);
    const [group] = groups;
    const [fact] = doc.relationships.filter((r) => r.type === "FUNDS");
    expect(group?.candidates.map((c) => c.key)).toContain(fact?.to);
    const probabilities = group!.candidates.map((c) => model.probability(c.features));
    const at = chooseCandidate(
      probabilities,
      group!.candidates.map((c) => c.rule),
      weights,
    );
    expect(group!.candidates[at]!.key).toBe(fact!.to);
    expect(fact!.confidence).toBe(Math.round(probabilities[at]! * 100) / 100);
  });

  it("chooses the rules' candidate unless another beats it by the margin", () => {
    const choice = { threshold: 0.2, switchMargin: 0.3, addThreshold: 0.6 };
    expect(chooseCandidate([0.5, 0.7], [true, false], choice)).toBe(0);
    expect(chooseCandidate([0.3, 0.7], [true, false], choice)).toBe(1);
    expect(chooseCandidate([0.1, 0.15], [true, false], choice)).toBe(-1);
    expect(chooseCandidate([0.5, 0.7], [false, false], choice)).toBe(1);
    expect(chooseCandidate([0.5, 0.55], [false, false], choice)).toBe(-1);
  });
});
