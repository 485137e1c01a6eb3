import type { Actor } from "../resolve/actor.ts";
import { isListGap } from "./meeting-list-gap.ts";

/**
 * "Around the table sat", "At the negotiating table were": a clause opening on the table, whose
 * verb comes before the people seated.
 */
const SEATED =
  /^(?:[\p{L}-]+\s+){0,3}?(?:around|round|at)\s+the\s+(?:[\p{L}-]+\s+)?table\s+(?:sat|were|was)\s+/iu;

/** What may stand before the first person listed: a title, a possessive country. */
const TITLE_ONLY = /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and)\s+){0,6}$/u;

/**
 * "Around the table sat Saudi Foreign Minister A, Qatar's B and Jordan's C, along with ministers
 * from…": the people listed right after the verb (past a title), while they stay a list, and the
 * offset they start from. None where the sentence does not open so.
 */
export function seatedAt(
  text: string,
  start: number,
  people: readonly Actor[],
): { readonly people: Actor[]; readonly at: number } | undefined {
  const m = SEATED.exec(text);
  if (m === null) return undefined;
  const at = start + m[0].length;
  const out: Actor[] = [];
  for (const a of people) {
    if (a.start < at) continue;
    const before = out.at(-1);
    const gap = text.slice((before?.end ?? at) - start, a.start - start);
    if (before === undefined ? !TITLE_ONLY.test(gap) : !isListGap(gap)) break;
    out.push(a);
  }
  return { people: out, at };
}
