/**
 * A small seeded generator (mulberry32) and the draws the corpus needs. Every article gets its
 * own stream, derived from the corpus seed and its index, so articles can be generated in any
 * order, one at a time, and still come out byte for byte the same.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** A well-mixed 32-bit seed for the n-th stream of a seed (a splitmix-style finaliser). */
export function deriveSeed(seed: number, ...path: number[]): number {
  let h = seed >>> 0;
  for (const part of path) {
    h = Math.imul(h ^ (part >>> 0), 0x9e3779b1) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export function nextInt(rng: Rng, below: number): number {
  return Math.floor(rng.next() * below);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[nextInt(rng, items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/**
 * An index in [0, size) where low indexes are much likelier, as in news: a few countries,
 * people and stories get most of the coverage. `skew` 1 is uniform; higher skews harder.
 */
export function pickSkewed(rng: Rng, size: number, skew: number): number {
  return Math.min(size - 1, Math.floor(size * rng.next() ** skew));
}

/** `count` distinct indexes below `size`, drawn with the given skew. */
export function pickDistinct(rng: Rng, size: number, count: number, skew: number): number[] {
  const chosen: number[] = [];
  while (chosen.length < Math.min(count, size)) {
    const index = pickSkewed(rng, size, skew);
    if (!chosen.includes(index)) chosen.push(index);
  }
  return chosen;
}
