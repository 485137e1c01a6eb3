import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { NEW_CLAUSE } from "./meeting-list-end.ts";

/**
 * ", who took office in January" closed by a comma before ", and " and the next one met: a
 * relative clause on one of those listed, not the end of the list ("met President A, who took
 * office in January, and Foreign Minister B"). Not before "and then", "and later", "and also":
 * a verb of the subject's own follows.
 */
const RELATIVE_IN_LIST = /,\s+who\b[^,;:()"“”]*(?=,\s+and\s+(?!(?:then|later|also)\b))/gu;

/** ", who took office in January," right after one of those listed: a relative clause on them. */
export const RELATIVE_ON_PREVIOUS = /^,\s+who\b[^,;:]*,/;

/** The text with those relative clauses blanked, and the spans (in the body) they covered. */
export interface ListRelatives {
  readonly text: string;
  readonly spans: readonly (readonly [number, number])[];
}

/**
 * ", and Foreign Minister B, who was in Paris,": the next one listed with a relative clause of
 * their own, taken out to see whether a verb follows them.
 */
const NEXT_OWN_RELATIVE = /^(,\s+and\s+[^,;:()"“”]*?),\s+who\b[^,;:()"“”]*,/u;

/**
 * Whether the relative clause `m` goes on a list: what follows it is not the subject and verb of
 * a clause of its own (", and B said…", ", and B, who was in Paris, condemned…"), as for a list
 * read without one (NEW_CLAUSE).
 */
function goesOnList(text: string, m: RegExpExecArray): boolean {
  const next = text.slice(m.index + m[0].length).replace(NEXT_OWN_RELATIVE, "$1");
  return NEW_CLAUSE.exec(next)?.index !== 0;
}

/**
 * The relative clauses opening right after a person's name that go on a list, by sentence: the
 * people are read once per sentence, and a sentence is asked once per trigger found in it.
 */
const FOUND = new WeakMap<readonly Actor[], { text: string; found: RegExpExecArray[] }>();

function relativesInList(text: string, start: number, people: readonly Actor[]) {
  const known = FOUND.get(people);
  if (known?.text === text) return known.found;
  const found = execAll(RELATIVE_IN_LIST, text).filter(
    (m) => people.some((a) => a.end === start + m.index) && goesOnList(text, m),
  );
  FOUND.set(people, { text, found });
  return found;
}

/**
 * The relative clauses set off inside a list of people after a meeting's words: each opens right
 * after a person's name and is blanked (the comma before it kept), so the list is read across
 * it; the people named inside it are no party. `start` is the sentence's offset in the body,
 * `from` where the list is read from.
 */
export function listRelatives(
  text: string,
  start: number,
  from: number,
  people: readonly Actor[],
): ListRelatives {
  if (!text.includes(", who")) return { text, spans: [] };
  const found = relativesInList(text, start, people).filter((m) => start + m.index >= from);
  if (found.length === 0) return { text, spans: [] };
  let out = text;
  for (const m of found)
    out =
      out.slice(0, m.index + 1) + " ".repeat(m[0].length - 1) + out.slice(m.index + m[0].length);
  return {
    text: out,
    spans: found.map((m) => [start + m.index + 1, start + m.index + m[0].length] as const),
  };
}
