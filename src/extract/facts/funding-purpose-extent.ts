/** How far a purpose read after an amount reaches: its place, a second thing, a light head's content. */

import { MONTH } from "../gazetteer/words.ts";

/** " in Mandalay", " in the Sahel", " in Kenya's Turkana County": the place a purpose lies in. */
const IN_PLACE =
  /^((?:,?\s+and\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)?)\s+(?:in|across|around)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s*(?:[,.;:]|$|\s(?:and|that|which|who|where|after|before|on|at|to|for|by|with|from|in|this|last|next|over|since|as|under|through|during|while|when)\b))/u;

/**
 * "to rebuild hospitals in Mandalay", "for solar power in the Sahel": the purpose keeps the place
 * it lies in, so the cause is named by both what is paid for and where ("hospitals and schools
 * in Mandalay": things joined by "and" before the place share it).
 */
export function withPlace(after: string, purpose: string): string {
  return withWhole(after, reach(after, purpose));
}

/** A measure, part or work of something, named by what it is of: "capacity", "section", "works". */
const PART_HEAD =
  /\b(?:capacity|capacities|sections?|phases?|stages?|segments?|stretch|legs?|parts?|portions?|shares?|expansion|extension|upgrades?|upgrading|moderni[sz]ation|construction|rehabilitation|renovation|electrification|dredging|maintenance|works?|stud(?:y|ies)|design)$/i;
/** " at Aktau", " of the new railway", " on a new interconnector": what the part is of, to a stop. */
const WHOLE =
  /^\s+(?:at|of|on)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]*[\p{L}\d](?=\s*(?:[,.;:]|$|\s(?:which|that|who|and|in|by|with|from|to|for|over|under|this|next|last|across|near|between|after|before|as|while|when|since|until|built|run|operated|managed)\b))/u;

/**
 * "to expand container capacity at Aktau", "for studies and early works on a new interconnector":
 * a purpose headed by a measure, part or work is named by the thing it is of as well.
 */
function withWhole(after: string, purpose: string): string {
  if (!PART_HEAD.test(purpose)) return purpose;
  const at = after.indexOf(purpose);
  const whole = at < 0 ? null : WHOLE.exec(after.slice(at + purpose.length));
  const noun = whole?.[0].replace(/^\s+\w+\s+(?:(?:the|a|an|its|their)\s+)?/, "") ?? "";
  // "for the expansion on Monday", "for its share at what it said…": a time or a clause, no thing.
  return whole === null || MONTH.test(noun) || NOT_THING.test(noun)
    ? purpose
    : `${purpose}${whole[0]}`;
}

/**
 * A verb, auxiliary or pronoun: what no name of a thing holds. A word in -ed counts only as a
 * word of its own, not after a hyphen or a determiner ("the high-speed line", "the seed bank").
 */
const VERB_OR_PRONOUN = String.raw`(?<![-'’])(?<!\b(?:the|a|an|its|their|his|her|this|that)\s)[a-z]+ed|will|would|has|have|had|is|are|was|were|said|says|can|could|may|must|should|did|does|do|not|it|they|he|she|we`;

/** A verb, auxiliary or pronoun: what the name of the thing a part is of never holds. */
const NOT_THING = new RegExp(String.raw`\b(?:${VERB_OR_PRONOUN}|what|time|times)\b`);

function reach(after: string, purpose: string): string {
  const at = after.indexOf(purpose);
  if (at < 0) return purpose;
  const m = IN_PLACE.exec(after.slice(at + purpose.length));
  const place = m?.[2];
  if (place === undefined || MONTH.test(place)) {
    // "for joint projects in farming and marine research": a light head is named by its content.
    const content = LIGHT_HEAD.test(purpose)
      ? CONTENT.exec(after.slice(at + purpose.length))
      : null;
    if (content !== null && !NOT_NOUN.test(content[0].replace(/^\s+(?:in|on|for)\s/, " ")))
      return `${purpose}${content[0]}`;
    // "for schools and health posts.": a second thing paid for, joined by "and", is named too.
    const more = CONJUNCT.exec(after.slice(at + purpose.length));
    return more === null || NOT_NOUN.test(more[0]) ? purpose : `${purpose}${more[0]}`;
  }
  // "hospitals and schools in Mandalay": things paid for, joined by "and", share the place.
  return `${purpose}${m?.[1] ?? ""} in ${place}`;
}

/** ", and health posts": a noun phrase of lowercase words joined by "and", then a stop. */
const CONJUNCT =
  /^,?\s+and\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*(?=\s*(?:[,.;:]|$|\s(?:in|for|at|on|to|from|with|by|over|under|across|this|last|next)\b))/;
/** A head that says only that something is done: "joint projects", "programmes", "efforts". */
const LIGHT_HEAD =
  /\b(?:projects?|programmes?|programs?|initiatives?|schemes?|efforts?|work|activities|cooperation|measures|partnerships?)$/i;
/** " in farming and marine research": what a light head is about, up to a stop. */
const CONTENT =
  /^\s+(?:in|on|for)\s+(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*(?=\s*(?:[,.;:]|$|\s(?:in|for|at|on|to|from|with|by|over|under|across|this|last|next|which|that|who)\b))/;
/** A verb, auxiliary or function word: what no noun phrase of things paid for holds. */
const NOT_NOUN = new RegExp(
  String.raw`\b(?:${VERB_OR_PRONOUN}|also|then|the|a|an|its|their|his|her|for|to|in|on|at|with|by|from|of)\b`,
);

/**
 * ", radios and overtime pay for the national police": the rest of a list of things paid for, then
 * the people or body they are for (lowercase, for a name is a party of its own).
 */
const LIST_FOR_WHOM =
  /^(?:,\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)*,?\s+(?:and|or)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*\s+for\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)(?=\s*(?:[,.;:]|$|\s(?:in|at|on|to|from|with|by|over|under|across|this|last|next|which|that|who|and)\b))/;

/**
 * "for patrol cars, radios and overtime pay for the national police": a list of things bought
 * for someone is for that one, as "for patrol cars for the national police" is.
 */
export function listBeneficiary(after: string, purpose: string): string | undefined {
  const at = after.indexOf(purpose);
  if (at < 0) return undefined;
  const m = LIST_FOR_WHOM.exec(after.slice(at + purpose.length));
  const whom = m?.[1];
  return whom === undefined || NOT_WHOM.test(whom) ? undefined : whom;
}

/**
 * What no one paid for is named by: a verb, a pronoun, a span of time ("for three years"). A
 * participle is an adjective here ("for displaced families").
 */
const NOT_WHOM =
  /\b(?:will|would|has|have|had|is|are|was|were|said|says|can|could|may|must|should|did|does|do|not|it|they|he|she|we|also|then|years?|months?|weeks?|days?|decades?|now|years? to come)\b/;
