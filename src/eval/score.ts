/** Counts for one entity or relationship type, with what was missed and what was wrong. */
export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falsePositives: string[];
}

export function emptyScore(): TypeScore {
  return { tp: 0, fp: 0, fn: 0, misses: [], falsePositives: [] };
}

/**
 * One-to-one matching of gold items to predictions: each gold item takes the first unused
 * prediction it accepts. Returns the counts; labels name the items in the listings.
 */
export function matchItems<G, P>(
  score: TypeScore,
  gold: readonly G[],
  predicted: readonly P[],
  accepts: (g: G, p: P) => boolean,
  label: { gold: (g: G) => string; predicted: (p: P) => string },
  where: string,
): void {
  const used = new Set<number>();
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && accepts(g, p));
    if (index < 0) {
      score.fn++;
      score.misses.push(`${where}: ${label.gold(g)}`);
      continue;
    }
    used.add(index);
    score.tp++;
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    score.fp++;
    score.falsePositives.push(`${where}: ${label.predicted(p)}`);
  });
}

export function f1(s: Pick<TypeScore, "tp" | "fp" | "fn">): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}
