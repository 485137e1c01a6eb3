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
