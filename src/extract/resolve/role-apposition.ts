import { ORG_DESCRIPTORS } from "../mentions/match-run.ts";
import { ROLE_HEADS } from "../gazetteer/titles.ts";
import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import type { Token } from "../text/tokenize.ts";
import { NO_OCCUPATIONS } from "./person-vetoes.ts";
import { LOWERCASE_FIRST, PARTICIPLE } from "../text/char-classes.ts";

/**
 * Nouns for a person that no ending shows: the one-word role heads ("lawmaker", "envoy"), a
 * member of parliament ("an MP from…"), one who speaks for a party on a brief ("the foreign
 * affairs critic"), and a party's member named after it ("the German Social Democrat").
 */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...ROLE_HEADS.filter((h) => !h.includes(" ")),
  ...`mp mep critic expert veteran ally rival heir colleague delegate scholar academic author
  resident student agent correspondent opponent proponent client patient descendant
  democrat republican conservative liberal socialist communist tory`.split(/\s+/),
]);

/** Heads that a state or a body may also be: "Germany, a member of NATO", "a leader in solar". */
const SHARED_HEADS: ReadonlySet<string> = new Set([
  "member",
  "leader",
  "head",
  "chief",
  "executive",
  "general",
  "representative",
  "official",
  "ally",
  "rival",
  "heir",
  "client",
  "opponent",
  "proponent",
]);

/** What ends the noun phrase of an aside: a preposition, a relative, a comma. */
const PHRASE_END =
  /^(?:of|at|for|in|with|who|whose|from|on|to|since|under|based|over|and|,|;|:|\)|—|–|¦|¬|\.)$/;

/** Endings of nouns for what one does: "lawmaker", "economist", "historian", "trainee". */
const PERSON_ENDING = /^\p{Ll}+(?:er|or|ist|ian|man|woman|person|ee|ant|ent)$/u;

/** Nouns with a person's ending that name a thing: "department", "committee", "plant". */
const THING_ENDING = /(?:ment|ittee|gree|cree|antee|ilee|plant|grant|aurant|iant)$/;

/** Words in -er that are no noun: "the strongest storm ever to…", "the latter". */
const NOT_NOUNS: ReadonlySet<string> = new Set(
  `ever never other another together whether either neither rather further former latter later
  over under after upper lower inner outer`.split(/\s+/),
);

/**
 * "Milan Radoičić, the suspected organiser of…", "Hadi Karimi, an independent lawmaker from
 * Basra,", "Ana Lenz, the Green MEP who sits on…": an aside with an article whose noun names what a
 * person is, or that goes on with "who". A lone word (which may be a state or a body) needs a noun
 * only a person can be.
 */
export function roleApposition(tokens: readonly Token[], from: number, lone: boolean): boolean {
  if (tokens[from]?.text !== "," || !/^(?:a|an|the)$/i.test(tokens[from + 1]?.text ?? ""))
    return false;
  const words = tokens.slice(from + 2, from + 8).map((t) => t.text);
  // "the former police officer known as…": a participle ends the noun phrase too.
  // "the environment and energy minister": "and" between two lowercase words joins modifiers.
  const end = words.findIndex(
    (w, k) =>
      (PHRASE_END.test(w) && !(w === "and" && k > 0 && LOWERCASE_FIRST.test(words[k + 1] ?? ""))) ||
      (k > 0 && (w === "known" || PARTICIPLE.test(w))),
  );
  if (end === 0 || (end < 0 && words.length === 6)) return false;
  // "Rio Grande do Sul, the state's governor, Eduardo Leite,": a role set off before another name.
  const after = tokens[from + 2 + end + 1];
  if (words[end] === "," && after?.capitalized === true && !FUNCTION_WORDS.has(after.lower))
    return false;
  const head = (end < 0 ? words.at(-1) : words[end - 1]) ?? "";
  const lower = head.toLowerCase();
  // "Ukrenergo, the state grid operator": a kind of body is no role of a person.
  if (ORG_DESCRIPTORS.has(lower) || NO_OCCUPATIONS.has(lower) || NOT_NOUNS.has(lower)) return false;
  if (!lone && words[end] === "who" && LOWERCASE_FIRST.test(head)) return true;
  if (lone && SHARED_HEADS.has(lower)) return false;
  return (
    PERSON_HEADS.has(lower) ||
    (head === lower && PERSON_ENDING.test(head) && !THING_ENDING.test(head))
  );
}
