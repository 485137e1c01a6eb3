import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { initialsOf } from "./organization-names.ts";

/** Cheap test: a word of two to six capitals. */
const ACRONYM_HINT = /\b\p{Lu}{2,6}\b/u;

/** "RSF", "the TPLF's": a word of capitals only, with an optional possessive after it. */
const ACRONYM = /(?<![\p{L}\d.&-])(\p{Lu}{2,6})(?![\p{L}\d&-])(['’]s?)?/gu;

/** Where a clause's subject begins: the sentence's start, or after "and", "but" or "while". */
const SUBJECT_BEFORE = /(?:^|[,;]\s+(?:and|but|while)\s+|^\W+)(?:[Tt]he\s+)?$/;
/** "In a joint communiqué, the AES…": after an opening adverbial phrase set off by a comma. */
const AFTER_OPENING =
  /^\W*(?:In|On|At|After|Before|During|Later|Earlier|Meanwhile|However|Separately|Last|This)\b[^,]{0,60},\s+(?:the\s+)?$/;

/**
 * "…talks with the Rapid Support Forces (RSF). The RSF denounced the meeting": a body named in
 * full earlier and later only by its initials is the same party, even where the initials were
 * never learnt as its name, or given in brackets after it ("the Alliance of Sahel States (AES)").
 * Returns the bodies the sentence's bare acronyms stand for.
 */
export function acronymParties(
  text: string,
  start: number,
  named: readonly Actor[],
  orgs: readonly Actor[],
  abbreviations: ReadonlyMap<string, Actor>,
): Actor[] {
  if (orgs.length === 0 || !ACRONYM_HINT.test(text)) return [];
  const out: Actor[] = [];
  for (const m of execAll(ACRONYM, text)) {
    const at = start + m.index;
    const end = at + (m[1] ?? "").length;
    // Only a clause's subject is read: "The RSF denounced…", "…, but the RSF said…". Elsewhere
    // initials often name a text or a scheme ("the CUSMA exemption"), not a party.
    if (
      !SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      !AFTER_OPENING.test(text.slice(0, m.index))
    )
      continue;
    if (named.some((a) => a.start < end && a.end > at)) continue;
    // "the Alliance of Sahel States (AES)": initials the text gave in brackets, whatever the name.
    const org = orgs.find((o) => initialsOf(o.key) === m[1]) ?? abbreviations.get(m[1] ?? "");
    if (org === undefined) continue;
    out.push({
      ...org,
      start: at,
      end,
      from: -1,
      to: -1,
      via: "org",
      possessive: m[2] !== undefined,
      place: false,
    });
  }
  return out;
}
