import { execAll } from "../text/exec-all.ts";
import { LOWERCASE_FIRST } from "../text/char-classes.ts";
import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";

/** What may open a clause before its subject: nothing, "The", or a fronted phrase and its comma. */
const OPENING = /^(?:(?:[Tt]he\s+)?|.*,\s+(?:the\s+)?)$/s;

/** What stands between two parties of a list: ",", "and", ", and", each maybe before "the". */
export const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/** A verb's first word after a subject: lowercase, and neither a preposition nor a relative. */
const NOT_A_VERB = /^(?:of|in|for|on|at|from|to|with|by|who|which|whose|that|and|or)$/;

/**
 * "Britain, Canada and Norway issued a joint statement…", "The EU and Japan condemned…": the
 * states and bodies a clause's subject lists — two or more, before the clause's verb. A later
 * "they" with no one named before it stands for them.
 */
export function subjectParties(s: AnalyzedSentence, actors: readonly Actor[]): Actor[] {
  if (actors.length < 2) return [];
  const text = s.sentence.text;
  const at = (offset: number): number => offset - s.sentence.start;
  const first = actors.find((a) => !a.place && !a.possessive);
  if (first === undefined || first.label === "Person") return [];
  if (!OPENING.test(text.slice(0, at(first.start)))) return [];
  const list = [first];
  for (const a of actors) {
    const last = list.at(-1) as Actor;
    if (a.start <= last.start) continue;
    if (a.label === "Person" || a.place || !LIST_GAP.test(text.slice(at(last.end), at(a.start))))
      break;
    list.push(a);
  }
  const last = list.at(-1) as Actor;
  if (list.length < 2 || last.possessive) return [];
  // "Britain, Canada and Norway issued…": a verb follows the list, not "of" or "'s".
  const next = s.tokens[last.to];
  return next !== undefined && isVerbStart(next) ? list : [];
}

function isVerbStart(t: Token): boolean {
  return !t.punct && !t.capitalized && !NOT_A_VERB.test(t.text);
}

/** Words before a group that make it a clause's subject, not an object: "said the two…". */
const BEFORE_SUBJECT =
  /^(?:and|or|but|that|said|says|say|added|stated|insisted|declared|announced|stressed|noted|argued|while|as|when|because|where|which|who|if|since|after|before|until|although|though|whereas|so|then)$/;

/**
 * "Russia condemned both governments", "sanctions on the three countries": a group after a verb
 * or a preposition is an object.
 */
export function isObjectGroup(text: string, at: number): boolean {
  const word = /([\p{L}-]+)\s+$/u.exec(text.slice(0, at))?.[1] ?? "";
  return LOWERCASE_FIRST.test(word) && !BEFORE_SUBJECT.test(word);
}

/** A word in lowercase, not the "s" of a possessive. */
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}-]*/gu;

/** Lowercase words that may stand inside a subject before its verb. */
const IN_SUBJECT = /^(?:the|of|and|de|del|da|dos|al|bin|ibn|van|von|la|le|du)$/;

/**
 * "Russia condemned both governments": the parties of the clause's subject, named before its
 * verb — never among the group its object stands for.
 */
export function clauseSubject(text: string, start: number, parties: readonly Actor[]): Actor[] {
  const first = parties.find((a) => !a.place);
  if (first === undefined || !OPENING.test(text.slice(0, first.start - start))) return [];
  const rest = text.slice(first.end - start);
  let verb = -1;
  for (const m of execAll(LOWER_WORD, rest)) {
    if (!IN_SUBJECT.test(m[0])) {
      verb = first.end - start + m.index;
      break;
    }
  }
  return verb < 0 ? [] : parties.filter((a) => a.end - start <= verb && !a.place);
}

/**
 * "Russia condemned both governments", "accused the three countries": the parties of the clause's
 * subject when a group stands after a verb or preposition at `at`; they are not of the group.
 */
export function objectSubject(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor[] {
  return isObjectGroup(text, at - start) ? clauseSubject(text, start, parties) : [];
}

/** The parties a group may stand for: each party once (its first), none of `subject`'s. */
export function groupCandidates(parties: readonly Actor[], subject: readonly Actor[]): Actor[] {
  return parties.filter(
    (a, i, all) =>
      all.findIndex((b) => b.key === a.key) === i && !subject.some((b) => b.key === a.key),
  );
}
