import type { Actor } from "../resolve/actor.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { EVENT_VERBS } from "./opposition-previous-doer.ts";
import { mediumTopic } from "./opposition-medium.ts";

/**
 * "any form of interference", "all forms of terrorism", "any kind of military intervention": a
 * noun of sort, "of", then a noun phrase with no determiner, which is the topic. ("The form of
 * the resolution" is the resolution's shape, and stays.)
 */
const SORT_OF =
  /^(?:form|kind|type|sort)s?\s+of\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)(\S.{2,})$/i;

/**
 * Light nouns of thought: "the idea", "the notion", "the prospect". They name a thought, not a
 * topic; what it is a thought of is the topic ("rejected the idea of a gas union" is against the
 * gas union). ("Talk of" and "suggestions of" are left alone: "dismissed talk of a rift" denies.)
 */
const THOUGHT = "idea|notion|concept|prospect|possibility|spectre|specter|thought";

/** Words before a light noun that say nothing of a topic: "the whole idea", "the very notion". */
const EMPTY = String.raw`(?:(?:whole|very|mere|same|new|latest|old|such|any)\s+)?`;

/** "idea of a customs union", "the very notion of joint patrols": the thought, "of", its topic. */
const THOUGHT_OF = new RegExp(
  String.raw`^${EMPTY}(?:${THOUGHT})s?\s+of\s+(?:(?:a|an|the)\s+)?(\S.{2,})$`,
  "i",
);

/**
 * "the idea", "the suggestion", "the whole notion": a light noun and nothing else. Left bare
 * after every earlier sentence was asked what it stands for, it names no target.
 */
export const BARE_THOUGHT = new RegExp(String.raw`^${EMPTY}(?:${THOUGHT}|suggestion)s?$`, "i");

/**
 * What a stance against a thought or a sort is against: its topic. "Brazil rejected the idea of a
 * customs union with Argentina" → "customs union with Argentina", "any form of interference in
 * its affairs" → "interference in its affairs"; any other phrase is returned as it is.
 */
export function thoughtTopic(phrase: string): string {
  return THOUGHT_OF.exec(phrase)?.[1] ?? SORT_OF.exec(phrase)?.[1] ?? mediumTopic(phrase) ?? phrase;
}

/**
 * Whether a stance names more than a bare thought: "Estonia dismissed the idea as unrealistic",
 * with nothing before it the idea could be, tells no target.
 */
export function namesMoreThanAThought(o: { readonly target: OppositionTarget }): boolean {
  return !("issue" in o.target) || !BARE_THOUGHT.test(o.target.issue);
}

/** "the idea floated by", "the suggestion put forward by the": a thought, who put it, "by". */
const PUT_BY = new RegExp(
  String.raw`^${EMPTY}(?:${THOUGHT}|suggestion)s?\s+(?:(?:first\s+)?(?:put\s+forward|floated|raised|mooted|voiced|advanced|proposed|pushed|championed|aired))\s+by\s+(?:the\s+)?`,
  "i",
);

/** ", floated by the": the same participle set off by commas after a bare thought. */
const PUT_BY_ASIDE =
  /^\s*,\s*(?:first\s+)?(?:put\s+forward|floated|raised|mooted|voiced|advanced|proposed|pushed|championed|aired)\s+by\s+(?:the\s+)?/i;

/**
 * "Egypt rejected the idea floated by Ethiopia", "dismissed the idea, floated by Guatemala, of a
 * joint force": a thought put forward by a party, told with no topic or with its topic after the
 * aside, stands for that party. `phrase` is the object as read, starting at `phraseStart`.
 */
export function thoughtOwner(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  const m = PUT_BY.exec(phrase);
  const aside =
    m === null && BARE_THOUGHT.test(phrase)
      ? PUT_BY_ASIDE.exec(text.slice(phraseStart - start + phrase.length))
      : null;
  if (m === null && aside === null) return undefined;
  const at = phraseStart + (m?.[0].length ?? phrase.length + (aside?.[0].length ?? 0));
  return actors.find((a) => a.start === at && !a.possessive);
}

/**
 * "the decision to expel…", "a move to close…", "plans to suspend…": a noun for a course of action,
 * "to", a verb (maybe with its particle), and the rest of the verb phrase.
 */
const COURSE_TO =
  /^(?:(?:a|the)\s+)?(?:efforts?|attempts?|plans?|moves?|decision|bids?|calls?)\s+to\s+([a-z]+)(?:\s+(?:down|off|up|out))?(\s.*)?$/i;

/** The nouns strip-only before this module: "efforts to…", "calls to…" lose just those words. */
const COURSE_STRIPPED = /^(?:efforts|attempts|plans|moves|a decision|the decision|calls)\s+to\s+/i;

/**
 * What a course of action is, as the noun of its verb when the project knows one (EVENT_VERBS):
 * "denounced the decision to expel 40 traders" → "expulsion of 40 traders", "plans to close the
 * crossing" → "closure of the crossing". Otherwise "efforts to…", "calls to…" and the like lose
 * their first words ("efforts to ease tension" → "ease tension"), and other phrases stay.
 */
export function courseTopic(phrase: string): string {
  const m = COURSE_TO.exec(phrase);
  const verb = m?.[1];
  const noun =
    verb === undefined
      ? undefined
      : [...EVENT_VERBS].find(([, form]) => form.test(verb) && !/ed$|ing$/i.test(verb))?.[0];
  if (noun !== undefined && m?.[2] !== undefined) {
    // "to withdraw from the treaty" → "withdrawal from the treaty"; "to arrest him" → "arrest".
    if (PRONOUN_OBJECT.test(m[2])) return noun;
    return OWN_PREPOSITION.test(m[2]) ? `${noun}${m[2]}` : `${noun} of${m[2]}`;
  }
  return phrase.replace(COURSE_STRIPPED, "");
}

/** A verb's object that is a pronoun, alone: nothing to name the course by but its noun. */
const PRONOUN_OBJECT = /^\s+(?:him|her|them|it|us|me|you)\s*$/i;

/** A verb's own preposition, kept after its noun instead of "of". */
const OWN_PREPOSITION =
  /^\s+(?:from|to|into|onto|with|on|in|at|against|for|over|across|out\s+of)\b/i;
