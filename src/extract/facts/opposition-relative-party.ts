import type { Actor } from "../resolve/actor.ts";

/** ", who has been", ", which was", ", who had long been": a relative pronoun opening a passive. */
const SUBJECT_RELATIVE =
  /,\s+(?:who|which|that)\s+(?:(?:has|have|had|was|were|is|are|been|being|also|since|long|repeatedly|twice|already|\w+ly)\s+)*$/i;

/** ", whom Poland had", ", which the bloc has long": a relative pronoun before its clause's subject. */
const OBJECT_RELATIVE = /,\s+(?:whom|which|who)\s+(?:the\s+)?$/i;

/**
 * "Delgado, who was sanctioned by Canada", "Amnesty, which has been criticised by Hungary": the
 * one a passive relative clause is about is the party named right before its pronoun. `at` is
 * where the passive's auxiliary or participle begins.
 */
export function passiveRelativeParty(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  const m = SUBJECT_RELATIVE.exec(text.slice(0, at - start));
  return m === null ? undefined : headParty(text, start, parties, start + m.index);
}

/**
 * "Novak, whom Poland had criticised", "the Wagner Group, which the bloc sanctioned": the object
 * of a verb in a relative clause is the party named right before its pronoun. `holder` is the
 * relative clause's subject.
 */
export function objectRelativeParty(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  const m = OBJECT_RELATIVE.exec(text.slice(0, holder.start - start));
  return m === null ? undefined : headParty(text, start, parties, start + m.index);
}

/**
 * "the port of Chancay, which…", "the memorandum between Libya and Turkey, which…": a party
 * named after a preposition or in a list only completes the noun phrase the clause is about.
 */
const INSIDE_PHRASE =
  /\b(?:of|in|on|at|to|for|from|with|between|by|and|or|near|against|over)\s+(?:the\s+)?$/i;

/** The party (not an owner, not a place) whose name ends right at `end` and heads its phrase. */
function headParty(
  text: string,
  start: number,
  parties: readonly Actor[],
  end: number,
): Actor | undefined {
  const party = parties.find((a) => a.end === end && !a.possessive && !a.place);
  if (party !== undefined && !INSIDE_PHRASE.test(text.slice(0, party.start - start))) return party;
  return beforeAppositive(text, start, parties, end);
}

/** ", the billionaire founder of the party": a description set off by commas after a name. */
const APPOSITIVE_BEFORE = /,\s+(?:the|a|an)\s+[^,;()]{1,60}$/i;

/**
 * "Okafor, the billionaire founder of the party, who was sanctioned by…": the party named before
 * a description in apposition, when the relative clause follows the description.
 */
function beforeAppositive(
  text: string,
  start: number,
  parties: readonly Actor[],
  end: number,
): Actor | undefined {
  const m = APPOSITIVE_BEFORE.exec(text.slice(0, end - start));
  if (m === null) return undefined;
  const party = parties.find((a) => a.end === start + m.index);
  return party?.label === "Person" && !party.possessive ? party : undefined;
}
