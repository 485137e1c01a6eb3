/**
 * `items.map(f)`, returned as a packed array whichever tier of V8 runs it.
 *
 * V8's optimised `Array.prototype.map` hands back holey arrays where the builtin hands back
 * packed ones, so the arrays the analysis is built of (sentences, mentions, actors, a name's
 * words) changed kind as their producers warmed up, and every optimised reader of them was
 * thrown back to the interpreter and compiled again ("wrong map"), far into a first pass. A push
 * loop gives packed arrays in every tier.
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}

/**
 * `filter` and `flatMap` as push loops, for the arrays the fact stages hand from function to
 * function (meetings, stances, candidates). Like packedMap above: V8's builtins hand
 * back arrays of one elements kind before a caller is optimised and of another after, and each
 * new kind threw the optimised readers of those arrays back to the interpreter ("wrong map"),
 * then had them compiled again. A push loop gives the same kind in every tier.
 */
export function packedFilter<T>(
  items: readonly T[],
  keep: (item: T, index: number) => boolean,
): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i]!, i)) out.push(items[i]!);
  return out;
}

/** `items.flatMap(f)` for an `f` that returns an array, as a push loop (see packedFilter). */
export function packedFlatMap<T, U>(
  items: readonly T[],
  f: (item: T, index: number) => readonly U[],
): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    const each = f(items[i]!, i);
    for (let k = 0; k < each.length; k++) out.push(each[k]!);
  }
  return out;
}

/** `[...a, ...b]` as a push loop (see packedFilter). */
export function packedConcat<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i]!);
  for (let i = 0; i < b.length; i++) out.push(b[i]!);
  return out;
}

/** The items of each array in turn, as a push loop (see packedFilter): `[...a, ...b, ...c]`. */
export function flattened<T>(parts: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    for (let i = 0; i < part.length; i++) out.push(part[i]!);
  }
  return out;
}
