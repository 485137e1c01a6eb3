import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";

/** What stands between two parties of a list: ",", "and", ", and". */
const LIST_GAP: ReadonlySet<string> = new Set([",", "and", ", and"]);

/**
 * Whether `a` and the party after it, `next`, are two items of one list: "Britain, Canada",
 * "Macron and Scholz", "Macron and German Chancellor Olaf Scholz" (the capitalised title before a
 * person's name is that person's, not part of the joint).
 */
export function listJoins(tokens: readonly Token[], a: Actor, next: Actor): boolean {
  let end = next.from;
  if (next.label === "Person") while (end > a.to && tokens[end - 1]?.capitalized === true) end--;
  const gap = tokens.slice(a.to, end).map((t) => t.lower);
  return LIST_GAP.has(gap.join(" "));
}

/**
 * "German Chancellor Olaf Scholz": a state named in the capitalised title right before a person's
 * name describes that person; it is no item of a list of its own.
 */
export function inTitleOf(tokens: readonly Token[], a: Actor, next: Actor): boolean {
  if (a.label !== "Country" || next.label !== "Person" || a.to > next.from) return false;
  for (let k = a.from; k < next.from; k++) if (tokens[k]?.capitalized !== true) return false;
  return true;
}
