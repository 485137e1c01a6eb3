import { describe, expect, it } from "vitest";
import { LinearModel } from "../../../../src/extract/learn/linear-model.ts";
import {
  crossValidate,
  trainLinearModel,
  type Example,
} from "../../../../src/extract/learn/train-linear-model.ts";

/** "verb:condemn" marks a positive, "verb:praise" a negative; "noise:*" says nothing. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 40; i++) {
    const positive = i % 2 === 0;
    out.push({
      features: [positive ? "verb:condemn" : "verb:praise", `noise:${i % 5}`],
      label: positive,
      group: `article-${i % 10}`,
    });
  }
  return out;
}

describe("linear model", () => {
  it("learns which feature decides, and scores by it", () => {
    const weights = trainLinearModel("test", examples());
    expect(weights.weights["verb:condemn"]).toBeGreaterThan(1);
    expect(weights.weights["verb:praise"]).toBeLessThan(-1);
    const model = new LinearModel(weights);
    expect(model.accepts(["verb:condemn", "noise:3"])).toBe(true);
    expect(model.accepts(["verb:praise", "noise:3"])).toBe(false);
    // A feature named twice counts once.
    expect(model.margin(["verb:condemn", "verb:condemn"])).toBe(model.margin(["verb:condemn"]));
  });

  it("gives the same weights for the same seed, and leaves out rare features", () => {
    const rare: Example = { features: ["verb:condemn", "once"], label: true, group: "x" };
    const a = trainLinearModel("test", [...examples(), rare]);
    const b = trainLinearModel("test", [...examples(), rare]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.weights.once).toBeUndefined();
    expect(Object.keys(a.weights)).toEqual([...Object.keys(a.weights)].sort());
  });

  it("scores each example by a model that never saw its article", () => {
    const all = examples();
    // An article whose only example contradicts the rule: fitted to itself it would be learned.
    const odd: Example = { features: ["verb:praise", "article-odd"], label: true, group: "odd" };
    const scored = crossValidate([...all, odd, { ...odd }], 5, { minCount: 1 });
    expect(scored).toHaveLength(all.length + 2);
    expect(scored[all.length]!).toBeLessThan(0.5);
    scored.slice(0, all.length).forEach((p, i) => expect(p >= 0.5).toBe(all[i]!.label));
  });
});
