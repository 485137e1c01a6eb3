import type { Actor } from "../resolve/actor.ts";
import { uniqueByKey } from "./clause.ts";
import { isListGap } from "./meeting-list-gap.ts";

/**
 * The list of people that opens a clause, read forward from its first person: "Costa and von der
 * Leyen arrive at the palace and are welcomed by King Abdullah" — the subject of the second verb
 * is both, not only the first name.
 */
export function openingList(text: string, start: number, left: readonly Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of left) {
    const prev = out.at(-1);
    if (
      prev !== undefined &&
      a.start !== prev.start &&
      !isListGap(text.slice(prev.end - start, a.start - start))
    )
      break;
    out.push(a);
  }
  return uniqueByKey(out);
}

/**
 * The list of people that ends a clause before its verb, read back from the last person: "A, B and
 * C joined…". Several actors at one place ("they") are all of it; a pronoun after a comma starts
 * the clause ("After her talks with Merz, she was received…").
 */
export function closingList(text: string, start: number, left: readonly Actor[]): Actor[] {
  const last = left.at(-1);
  if (last === undefined) return [];
  const out = [last];
  for (let i = left.length - 2; i >= 0; i--) {
    const a = left[i] as Actor;
    const next = out.at(-1) as Actor;
    const samePlace = a.start === next.start;
    const gap = text.slice(a.end - start, next.start - start);
    if (!samePlace && next.via === "pronoun" && /^\s*,\s*$/.test(gap)) break;
    if (!samePlace && !isListGap(gap)) break;
    out.push(a);
  }
  return uniqueByKey(out.reverse());
}
