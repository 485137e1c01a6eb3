import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { namedAfterBy } from "./meeting-hosted-by.ts";

/**
 * "accompanied by", "flanked by", "joined by", "together with": who came along with the one it
 * follows, perhaps to each meeting told ("accompanied on both days by", "on all three trips",
 * "throughout the visit"). "joined by" is a participle here ("A and B held talks, joined by C");
 * "joined by video" names no one. Also who attended an occasion the meeting was held at or for
 * ("…for the signing, which was also attended by C"; the noun is captured, see OWN_OCCASION).
 */
const ACCOMPANIED =
  /\b(?:(?:accompanied|flanked|joined)(?:\s+(?:on\s+(?:both|all\s+(?:two|three|four|five|six|\d+))\s+(?:days|occasions|visits|trips|stops|legs)|each\s+time|at\s+each\s+(?:stop|meeting)|throughout(?:\s+(?:the|his|her|their)\s+(?:visit|trip|tour|stay|talks))?))?\s+by|(?:together|along)\s+with|(signing|meeting|talks|lunch|dinner|breakfast|session),\s+which\s+(?:was|were)\s+(?:also\s+)?attended\s+by)\s+/g;

/**
 * Between the last one of the meeting and the occasion's noun: its place and day, then "for the",
 * "at the", "during the" ("received B at the ministry on Monday for the signing"), or a verb that
 * holds it ("A and B held talks, which…"). Not "after the session", "a day after the signing":
 * an occasion before or after the meeting, not its own.
 */
const OWN_OCCASION =
  /^,?(?:\s+(?:at|in|on)\s+[^,;]*?)?\s+(?:(?:for|at|during|over)\s+(?:the|a|an|their|his|her|its)|held|had|hosted|chaired|gave|hosts|holds)\s+(?:[\p{L}-]+\s+){0,2}?$/u;

/** A word that sets the occasion before or after the meeting. */
const OTHER_OCCASION = /\b(?:after|before|ahead|following|since|until|prior)\b/;

/** Cheap check before the phrase is sought. */
const HINT = /\b(?:accompanied|flanked|joined|(?:together|along)\s+with|attended\s+by)\b/;

/**
 * "Ruto, accompanied by his finance minister, Mbadi, received Teferra", "Rubio sat down with
 * Sheinbaum, flanked by Ebrard and De la Fuente", "The two leaders held talks in Suva, joined by
 * the foreign minister, Wong", "received B at the palace together with C": the people named right
 * after "accompanied by", "flanked by", "joined by", "together with" or "along with" (past a title
 * or a role in apposition, and those listed with them) came to the meeting the sentence tells,
 * and take part in it — if the one they follow is of that meeting (`read`), or no one before them
 * is named ("Accompanied by B, A met C"): "A met C, a day after D, accompanied by E, visited Juba"
 * brings E to no meeting of A's. `start` is the sentence's offset in the body.
 */
export function companionsOf(
  text: string,
  start: number,
  people: readonly Actor[],
  read: readonly Actor[],
): Actor[] {
  if (!HINT.test(text)) return [];
  const out: Actor[] = [];
  for (const m of execAll(ACCOMPANIED, text)) {
    const at = start + m.index;
    const followed = people.findLast((a) => a.end <= at);
    if (followed !== undefined && !read.some((a) => a.key === followed.key)) continue;
    if (m[1] !== undefined && !ownOccasion(text.slice((followed?.end ?? at) - start, m.index)))
      continue;
    out.push(...namedAfterBy(text, start, at + m[0].length, people));
  }
  return out;
}

/** Whether the words between the meeting's last one and an occasion's noun make it the meeting's. */
function ownOccasion(between: string): boolean {
  return OWN_OCCASION.test(between) && !OTHER_OCCASION.test(between);
}

/**
 * ", accompanied by Foreign Minister B,", ", flanked by his deputy, B,": an aside closed by a
 * comma (one role in apposition allowed inside), whose people are not the sentence's subject.
 */
export const COMPANION_ASIDE =
  /,\s+(?:accompanied|flanked|joined)\s+by\b[^,;]*(?:,\s*\p{Lu}[^,;]*)?,/gu;

/** "in Duda's presence", "in the president's presence": the one before whose eyes it happened. */
const OWN_PRESENCE = /^['’]s?\s+presence\b/u;

/**
 * What comes before that one: "in ", "In " opening the sentence. Only a person told by name is
 * read, and no "the" goes before a name ("in the president's presence" is left out below).
 */
const IN_BEFORE = /\b[Ii]n\s+$/u;

/**
 * "A and B signed the accord in Duda's presence", "In Duda's presence, A and B signed the deal": the
 * one named whose presence it was is at the meeting, as after "in the presence of" (a trigger of
 * its own). `possessors` are the sentence's possessive people; `start` is its offset.
 */
export function presentOwnersOf(
  text: string,
  start: number,
  possessors: readonly Actor[],
): Actor[] {
  if (!text.includes("presence")) return [];
  return possessors.filter((a) => {
    // "in the president's presence" is left out: read as the president named last, it was often
    // another than the one at the signing (a host seen days before).
    if (a.via !== "name") return false;
    const after = text.slice(a.end - start);
    const before = text.slice(0, a.start - start);
    return OWN_PRESENCE.test(after) && IN_BEFORE.test(before);
  });
}
