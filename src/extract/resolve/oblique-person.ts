import type { Token } from "../text/tokenize.ts";
import { DATE_WORDS } from "../gazetteer/words.ts";
import type { Actor } from "./actor.ts";

/**
 * A person named after a preposition is no subject: "Otieno travelled at the invitation of
 * Mugisha and held talks with him", "Otieno spoke warmly of Mugisha and met him" — "him" is the
 * one named after "of", not the subject of the verbs joined by "and". Unless a relative clause or
 * a new clause has that person for subject between ("…with Mugisha, who told him"). Nor is a
 * person named inside a relative clause closed before the pronoun ("Otieno, who was due to meet
 * Mugisha, met him"). Nor is the object of a past verb before "and" ("Paz received Landau and
 * hosted him").
 */

/** Prepositions that put the person after them outside the clause's subject. */
const PREPOSITION: ReadonlySet<string> = new Set(
  "of from for with to by about at on in against toward towards alongside".split(" "),
);

/** A capitalised word: of a title or a name. */
const CAPITALISED = /^\p{Lu}/u;

/** Words between the person and the pronoun that make the person a new subject. */
const NEW_SUBJECT: ReadonlySet<string> = new Set(["who", "which", "whose", "while", "but", "as"]);

/**
 * Whether `person` (of `tokens`, among `actors`) stands inside a closed relative clause, or after
 * a preposition, skipping the capitalised words of a title before the name ("of Ugandan President
 * Okello Mugisha") but not a day or a city ("said on Tuesday Mugisha had called him", "told
 * reporters in Nairobi Mugisha had…"), with no relative or new clause between it and the pronoun
 * at token `i`.
 */
export function isOblique(
  tokens: readonly Token[],
  actors: readonly Actor[],
  person: Actor,
  i: number,
): boolean {
  if (inClosedRelative(tokens, person, i)) return true;
  let j = person.from - 1;
  while (j >= 0 && titleWord(tokens, actors, j)) j--;
  const before = tokens[j];
  if (before === undefined) return false;
  for (let k = person.to; k < i; k++) if (NEW_SUBJECT.has(tokens[k]?.lower ?? "")) return false;
  return PREPOSITION.has(before.lower) || objectBeforeAnd(tokens, before, person, i);
}

/** Past verbs that take the person met as their object: "received", "met", "welcomed". */
const MEETING_OBJECT_VERB =
  /^(?:met|saw|told|received|welcomed|hosted|greeted|visited|called|phoned|rang|thanked|invited|joined|accompanied|briefed|congratulated|embraced|hugged|consulted|interviewed|summoned|urged|asked|assured|informed|introduced)$/u;

/**
 * "Paz received Landau at the palace and in the evening hosted him": the object of a past verb,
 * followed (with no comma) by "and" and a second verb of the same subject, is not that subject —
 * "him" is.
 */
function objectBeforeAnd(tokens: readonly Token[], verb: Token, person: Actor, i: number): boolean {
  if (!MEETING_OBJECT_VERB.test(verb.text)) return false;
  // "…, who had met B, and then welcomed him": after a comma the "and" is another clause's.
  for (let k = person.to; k < i; k++) {
    const word = tokens[k]?.lower;
    if (word === ",") return false;
    if (word === "and") return true;
  }
  return false;
}

/** Whether token `j` may be part of a title before a name: capitalised, no day, no city. */
function titleWord(tokens: readonly Token[], actors: readonly Actor[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || !CAPITALISED.test(t.text) || DATE_WORDS.has(t.lower)) return false;
  return !actors.some((a) => a.locationOnly === true && a.from <= j && j < a.to);
}

/** Words after the clause's closing comma that open another clause, whose subject may be another's. */
const JOINS_CLAUSE: ReadonlySet<string> = new Set(["and", "but", "or", "while", "as", "when"]);

/** How far back a relative pronoun may open the clause a person is named in. */
const RELATIVE_REACH = 12;

/**
 * "Otieno, who was due to meet Mugisha on Friday, met him on Saturday": a person inside a
 * relative clause set off by commas, closed before the pronoun at token `i`, is not the subject
 * of the verb after it — when that verb follows the comma; not in "Mushi praised Otieno, who met
 * Mugisha, and later called him", where the verb may be Mushi's.
 */
function inClosedRelative(tokens: readonly Token[], person: Actor, i: number): boolean {
  let opened = false;
  for (let k = person.from - 1; k >= Math.max(1, person.from - RELATIVE_REACH); k--) {
    const t = tokens[k];
    if (t === undefined || t.text === ",") return false;
    if ((t.lower === "who" || t.lower === "whom") && tokens[k - 1]?.text === ",") {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let k = person.to; k < i; k++)
    if (tokens[k]?.text === ",") return !JOINS_CLAUSE.has(tokens[k + 1]?.lower ?? "");
  return false;
}
