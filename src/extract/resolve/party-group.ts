import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";

/** What may open a clause before its subject: nothing, "The", or a fronted phrase and its comma. */
const OPENING = /^(?:(?:[Tt]he\s+)?|.*,\s+(?:the\s+)?)$/s;

/** What stands between two parties of a list: ",", "and", ", and", each maybe before "the". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/** A verb's first word after a subject: lowercase, and neither a preposition nor a relative. */
const NOT_A_VERB = /^(?:of|in|for|on|at|from|to|with|by|who|which|whose|that|and|or)$/;

/**
 * "Britain, Canada and Norway issued a joint statement…", "The EU and Japan condemned…": the
 * states and bodies a clause's subject lists — two or more, before the clause's verb. A later
 * "they" with no one named before it stands for them.
 */
export function subjectParties(s: AnalyzedSentence, actors: readonly Actor[]): Actor[] {
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
