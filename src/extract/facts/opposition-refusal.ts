import type { Actor } from "../resolve/actor.ts";
import { isPeopleNoun } from "../lexicon/people-nouns.ts";

/**
 * A refusal to let something happen, promised for the future, is a stance against it (see
 * opposition-verbs.ts, whose families this is one of): "Cairo will not allow Addis Ababa to fill
 * the dam", "said it would never permit foreign bases", "would not stand for interference by
 * Kigali", "has no intention of accepting the plan", "will not sit idly by while Manila builds".
 * Only a refusal told with a modal of the future or an intention: "did not allow reporters in" is a
 * past fact, not a stance ("will not accept", "refused to recognise" are NOT_ACCEPT's).
 */

/**
 * "will not", "would never", "won't": a refusal told of the future, also where a quotation opens
 * inside it ('would "never allow"', 'would not "allow"').
 */
const WILL_NOT = String.raw`(?:(?:will|would|shall)\s*["“]?(?:not|n['’]t|never)|won['’]t)\s+["“]?(?:(?:ever|\w+ly)\s+)?`;

/** "is not prepared to", "has no intention of": a refusal told as an unwillingness. */
const NOT_READY = String.raw`(?:(?:is|are|was|were)\s+not\s+(?:prepared|willing|going|ready)\s+to|(?:has|have|had)\s+no\s+intention\s+of)\s+(?:(?:ever|\w+ly)\s+)?`;

/**
 * What is refused, and what it is not: oneself ("would not allow itself to be drawn in"), a thing
 * said ("allow that"), one's own fault ("accept blame"), or a thing kept from harm ("would not
 * allow the talks to fail", "will not allow the blood of its citizens to be spilled"), which is
 * support for it.
 */
const NOT_SELF_OR_HARM = String.raw`(?!\s+(?:that|itself|himself|herself|themselves|ourselves|myself|it|them|this|him|her|me|us|you|responsibility|blame|defeat)\b)(?!\s+(?:[\w'’"“”-]+\s+){1,12}?to\s+(?:fail|collapse|die|falter|stall|founder|go\s+to\s+waste|be\s+\w+(?:ed|en|t)\b))`;

/** Letting it happen or putting up with it. */
const LET = String.raw`(?:allow(?:ing)?|permit(?:ting)?|stand(?:ing)?\s+for|countenanc(?:e|ing)|put(?:ting)?\s+up\s+with)`;

/** Accepting it ("will not accept" itself is NOT_ACCEPT's, in opposition-verbs.ts). */
const ACCEPT = String.raw`(?:accept(?:ing)?|recogni[sz](?:e|ing)|tolerat(?:e|ing))`;

/** "will not sit idly by while…", "would not stand by and watch…": the clause after is opposed. */
const IDLY = String.raw`(?:sit|stand)\s+(?:idly\s+)?by\s+(?:while|as|and\s+watch|and\s+let)`;

/**
 * "would not sit down with Irish ministers while Dublin legislates against Israel", "will not
 * talk to the junta as long as it holds prisoners", "will not sit at the table with the rebels",
 * "refused to meet the envoy": a meeting refused for what the other side keeps doing, or refused
 * outright, is a stance against the party shunned. A meeting merely not planned ("will not meet
 * Lula at the summit") or put off until terms are agreed ("will not meet Putin until a text is
 * agreed") is no stance, and nor is one refused only while the other is somewhere ("will not meet
 * Milei while he is in Buenos Aires", "while he remains in Lima"): "while" counts only with a
 * doing that goes on ("while Dublin legislates", "while it keeps…", "while the border stays
 * closed"), not with "remains" or "stays" in or at a place, which only place a person.
 */
const MEET = String.raw`(?:sit(?:ting)?\s+down|meet(?:ing)?|negotiat(?:e|ing)|talk(?:ing)?)\s+(?:with\s+)?(?=(?:[\w'’.-]+\s+){1,6}?["“]?(?:while\s+(?:\S+\s+){1,4}?(?:keeps|continues|persists|goes\s+on|(?:remains|stays)(?!\s+(?:in|at|on|inside|there|here|home|abroad)\b)|legislates|occupies|holds(?!\s+(?:talks|office)\b)|detains|refuses|violates|attacks|bombs|arms|backs|supports|builds)|as\s+long\s+as|so\s+long\s+as)\b)|sit(?:ting)?\s+at\s+(?:a|the|any)\s+(?:negotiating\s+)?table\s+with`;

/**
 * "refused to meet the envoy", "refuses to sit down with the opposition": a meeting refused
 * outright. Whom it refuses is checked once the object is read (refusesNoParty), since a deadline,
 * target or demand may be "met" too ("refused to meet the deadline set by the Commission").
 */
const REFUSED_MEETING = String.raw`refus(?:e|es|ed|ing)\s+to\s+(?:meet|sit\s+down\s+with|negotiate\s+with)(?!\s+(?:reporters|journalists|the\s+press)\b)`;

/** A match of REFUSED_MEETING, whole. */
const REFUSED_MEETING_VERB = new RegExp(String.raw`^${REFUSED_MEETING}$`, "i");

/**
 * The object after the verb, up to a preposition, a clause's break or the end: "the Chinese
 * envoy", "Ukraine's demands", "the deadline" (of "the deadline set by…").
 */
const MEETING_OBJECT =
  /^\s+(?:[\p{L}\d'’.-]+\s+){0,5}?([\p{L}\d'’.-]*[\p{L}\d])(?=\s*[,;:.()"”]|\s*$|\s+(?:in|at|on|over|until|unless|before|after|during|for|from|to|by|of|with|because|since|while|when|and|or|but|as|who|which|that|set|this|next|last|again|despite)\b)/u;

/**
 * Whether a meeting refused outright ("refused to meet…") is refused to no party: the object's
 * head is neither a party's name ("refused to meet Putin", "…the Taliban") nor a noun of people
 * ("…the Chinese envoy", "…the mediators"), so a deadline, target or demand is met or not, and no
 * one is shunned ("refused to meet the deadline", "…Ukraine's demands"). "Targets" is a noun of
 * people to WordNet (those aimed at), but a target met is a goal.
 */
export function refusesNoParty(
  text: string,
  start: number,
  o: { readonly verb: string; readonly at: number },
  actors: readonly Actor[],
): boolean {
  if (!REFUSED_MEETING_VERB.test(o.verb)) return false;
  const from = o.at - start + o.verb.length;
  const object = MEETING_OBJECT.exec(text.slice(from));
  const head = object?.[1];
  if (object === null || head === undefined) return true;
  const headEnd = start + from + object[0].length;
  if (actors.some((a) => a.end === headEnd && !a.possessive)) return false;
  return !isPeopleNoun(head) || /^targets?$/i.test(head);
}

/** The family's verbs, as one alternation. */
export const REFUSAL_VERBS = String.raw`${WILL_NOT}(?:${LET}${NOT_SELF_OR_HARM}|${IDLY}|${MEET})|${NOT_READY}(?:${LET}|${ACCEPT})${NOT_SELF_OR_HARM}|${REFUSED_MEETING}`;

/** What every match of the family has, from a word's start: a negation, then its verb. */
export const REFUSAL_HINT = String.raw`(?:not|never|\w*n['’]t|intention\s+of)\s+["“]?(?:\S+\s+){0,2}?(?:allow|permit|stand|countenanc|put|accept|recogni|tolerat|sit|meet|negotiat|talk)|refus\w*\s+to\s+(?:meet|sit|negotiat)`;

/**
 * Words for HINTS.active, tested at every word of every sentence: short and plain ("accept",
 * "recognise", "tolerate" are there already).
 */
export const REFUSAL_WORDS = String.raw`allow|permit|countenanc|stand\w*\s+(?:for|idly|by)|put\w*\s+up|sit\w*\s+(?:idly|down|at)|(?:not|never|\w*n['’]t)\s+["“]?(?:\S+\s+){0,2}?(?:meet|negotiat|talk)`;
