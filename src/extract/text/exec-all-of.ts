import { execAll } from "./exec-all.ts";

/**
 * The matches `execAll` gives for the one pattern that alternates `patterns` in this order
 * (`\b(?:A|B)\b` for `\b(?:A)\b` and `\b(?:B)\b`), each pattern run on its own: the leftmost
 * match is taken, of two at the same place the earlier pattern's, and the search goes on after
 * it. A long alternation split so can skip the parts whose words a text lacks. Every pattern must
 * be global and match no empty text.
 */
export function execAllOf(patterns: readonly RegExp[], text: string): RegExpExecArray[] {
  if (patterns.length === 0) return [];
  if (patterns.length === 1) return execAll(patterns[0]!, text);
  const found: RegExpExecArray[] = [];
  // Each pattern's next match at or after `from`, null when it has none, undefined when unread.
  const next: (RegExpExecArray | null | undefined)[] = patterns.map(() => undefined);
  for (let from = 0; ;) {
    let first: RegExpExecArray | undefined;
    let firstOf = -1;
    for (let i = 0; i < patterns.length; i++) {
      let m = next[i];
      if (m === undefined || (m !== null && m.index < from)) {
        const pattern = patterns[i]!;
        pattern.lastIndex = from;
        m = next[i] = pattern.exec(text);
      }
      if (m !== null && (first === undefined || m.index < first.index)) {
        first = m;
        firstOf = i;
      }
    }
    if (first === undefined) break;
    found.push(first);
    from = first.index + first[0].length;
    next[firstOf] = undefined;
  }
  for (const pattern of patterns) pattern.lastIndex = 0;
  return found;
}
