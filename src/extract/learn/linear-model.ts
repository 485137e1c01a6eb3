/**
 * A logistic-regression classifier over named binary features, with its weights read from JSON.
 *
 * The extractor's rules propose candidates (a holder and a target in a sentence, a payer and a
 * recipient for an amount); a model like this one, trained offline on the annotated development
 * articles (see train-linear-model.ts), decides which of them stand. Scoring is a sum over the
 * candidate's features: no allocation beyond the lookup, no randomness, the same candidate gives
 * the same score on every run.
 */
import { asRead } from "../text/stand-ins.ts";

export interface LinearWeights {
  /** What the model decides, e.g. "OPPOSES candidate": shown in errors and in the JSON. */
  readonly name: string;
  readonly bias: number;
  /** The probability from which a candidate is accepted; chosen on data the model was not fitted to. */
  readonly threshold: number;
  /** Feature name → weight; features absent from it weigh nothing. */
  readonly weights: Readonly<Record<string, number>>;
}

export class LinearModel {
  readonly name: string;
  readonly threshold: number;
  private readonly bias: number;
  /** Each weighted feature's slot in `values` and `stamps`. */
  private readonly slots: ReadonlyMap<string, number>;
  private readonly values: Float64Array;
  /**
   * The call of `margin` that last counted each slot: a feature named twice counts once without
   * a set built per candidate, which cost more than the lookups (the models score ~25 features
   * for every pair, payer and stance candidate; scoring them took 1.5–2.7% of cold profiles).
   */
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(weights: LinearWeights) {
    this.name = weights.name;
    this.bias = weights.bias;
    this.threshold = weights.threshold;
    const entries = Object.entries(weights.weights);
    const slots = new Map(entries.map(([feature], slot) => [feature, slot]));
    // A feature naming "€" or a dash weighs the same as the rules read it (text/stand-ins.ts).
    entries.forEach(([feature], slot) => {
      const read = asRead(feature);
      if (read !== feature && !slots.has(read)) slots.set(read, slot);
    });
    this.slots = slots;
    this.values = Float64Array.from(entries, ([, weight]) => weight);
    this.stamps = new Uint32Array(entries.length);
  }

  /**
   * The linear score (log-odds) of a candidate; a feature named twice counts once. Weights are
   * added in the order the features come, so the sum is the same to the last bit; a feature
   * without a weight adds nothing.
   */
  margin(features: Iterable<string>): number {
    const stamp = this.nextStamp();
    let sum = this.bias;
    for (const f of features) {
      const slot = this.slots.get(f);
      if (slot === undefined || this.stamps[slot] === stamp) continue;
      this.stamps[slot] = stamp;
      sum += this.values[slot]!;
    }
    return sum;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** The probability that the candidate is right. */
  probability(features: Iterable<string>): number {
    return sigmoid(this.margin(features));
  }

  accepts(features: Iterable<string>): boolean {
    return this.probability(features) >= this.threshold;
  }
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
