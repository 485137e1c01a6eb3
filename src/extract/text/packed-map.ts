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
