import { sigmoid, type LinearWeights } from "./linear-model.ts";

/** One candidate seen in training: its features, whether the gold holds it, and its article. */
export interface Example {
  readonly features: readonly string[];
  readonly label: boolean;
  /** Examples of one article are kept in one fold: an article is never scored by its own fit. */
  readonly group: string;
}

export interface TrainOptions {
  readonly epochs: number;
  /** Step size at the first epoch; it shrinks as 1 / (1 + epoch). */
  readonly rate: number;
  /** L2 penalty per step, applied lazily to the weights an example touches. */
  readonly l2: number;
  /** Features seen in fewer examples than this are left out of the model. */
  readonly minCount: number;
  /** Seeds the order examples are visited in: the same seed gives the same weights. */
  readonly seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 12,
  rate: 0.2,
  l2: 1e-4,
  minCount: 2,
  seed: 1,
};

/**
 * Fits a logistic regression by stochastic gradient descent. Deterministic: examples are
 * visited in an order drawn from `seed`, and weights are rounded to 1e-4 and sorted by name
 * so the JSON they are saved as is the same on every machine.
 */
export function trainLinearModel(
  name: string,
  examples: readonly Example[],
  options: Partial<TrainOptions> = {},
): LinearWeights {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = examples.map((e) =>
    [...new Set(e.features)].filter((f) => counts.get(f)! >= o.minCount),
  );
  const w = new Map<string, number>();
  let bias = 0;
  const random = seeded(o.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    const rate = o.rate / (1 + epoch);
    for (const i of order) {
      const features = kept[i]!;
      let margin = bias;
      for (const f of features) margin += w.get(f) ?? 0;
      const error = (examples[i]!.label ? 1 : 0) - sigmoid(margin);
      bias += rate * error;
      for (const f of features) {
        const old = w.get(f) ?? 0;
        w.set(f, old + rate * (error - o.l2 * old));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const value = Math.round(w.get(f)! * 1e4) / 1e4;
    if (value !== 0) weights[f] = value;
  }
  return { name, bias: Math.round(bias * 1e4) / 1e4, threshold: 0.5, weights };
}

/**
 * Out-of-fold probabilities: the groups are dealt into `folds` folds by a hash of their names,
 * and each example is scored by a model fitted to the other folds. Returns one probability per
 * example, in the order given.
 */
export function crossValidate(
  examples: readonly Example[],
  folds: number,
  options: Partial<TrainOptions> = {},
): number[] {
  const out = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const model = trainLinearModel(
      "fold",
      examples.filter((e) => foldOf(e.group, folds) !== k),
      options,
    );
    const weights = new Map(Object.entries(model.weights));
    examples.forEach((e, i) => {
      if (foldOf(e.group, folds) !== k) return;
      let margin = model.bias;
      for (const f of new Set(e.features)) margin += weights.get(f) ?? 0;
      out[i] = sigmoid(margin);
    });
  }
  return out;
}

/**
 * The fold crossValidate deals a group into: a training script that builds data from the
 * articles (a word list, counts) builds it per fold with this, so no article sees its own.
 */
export function foldOf(group: string, folds: number): number {
  return hash(group) % folds;
}

/** FNV-1a over the string's UTF-16 units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small seeded generator, enough to order examples. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
