import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { namedAfterBy } from "./meeting-hosted-by.ts";

/** "accompanied by", "flanked by": who came along with the one it follows. */
const ACCOMPANIED = /\b(?:accompanied|flanked)\s+by\s+/g;

/** Cheap check before the phrase is sought. */
const HINT = /\b(?:accompanied|flanked)\s+by\b/;

/**
 * "Ruto, accompanied by his finance minister, Mbadi, received Teferra", "Rubio sat down with
 * Sheinbaum, flanked by Ebrard and De la Fuente": the people named right after "accompanied by"
 * or "flanked by" (past a title or a role in apposition, and those listed with them) came to the
 * meeting the sentence tells, and take part in it. `start` is the sentence's offset in the body.
 */
export function companionsOf(text: string, start: number, people: readonly Actor[]): Actor[] {
  if (!HINT.test(text)) return [];
  const out: Actor[] = [];
  for (const m of execAll(ACCOMPANIED, text))
    out.push(...namedAfterBy(text, start, start + m.index + m[0].length, people));
  return out;
}

/**
 * ", accompanied by Foreign Minister B,", ", flanked by his deputy, B,": an aside closed by a
 * comma (one role in apposition allowed inside), whose people are not the sentence's subject.
 */
export const COMPANION_ASIDE = /,\s+(?:accompanied|flanked)\s+by\b[^,;]*(?:,\s*\p{Lu}[^,;]*)?,/gu;
