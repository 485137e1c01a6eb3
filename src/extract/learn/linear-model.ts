/**
 * A logistic-regression classifier over named binary features, with its weights read from JSON.
 *
 * The extractor's rules propose candidates (a holder and a target in a sentence, a payer and a
 * recipient for an amount); a model like this one, trained offline on the annotated development
 * articles (see train-linear-model.ts), decides which of them stand. Scoring is a sum over the
 * candidate's features: no allocation beyond the lookup, no randomness, the same candidate gives
 * the same score on every run.
 */
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
  private readonly weights: ReadonlyMap<string, number>;

  constructor(weights: LinearWeights) {
    this.name = weights.name;
    this.bias = weights.bias;
    this.threshold = weights.threshold;
    this.weights = new Map(Object.entries(weights.weights));
  }

  /** The linear score (log-odds) of a candidate; a feature named twice counts once. */
  margin(features: Iterable<string>): number {
    let sum = this.bias;
    const seen = new Set<string>();
    for (const f of features) {
      if (seen.has(f)) continue;
      seen.add(f);
      sum += this.weights.get(f) ?? 0;
    }
    return sum;
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
