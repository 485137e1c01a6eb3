import type { Actor } from "../resolve/actor.ts";

/**
 * Where the people a meeting verb names give way to what the meeting was for or about: those
 * named in its purpose ("met Hassan to discuss a plan drafted by Museveni"), its topic ("held
 * talks with Hassan on the deal brokered by Museveni", "about the case of Kizza Besigye") or a
 * clause describing a thing ("on a plan drafted by Museveni", "in talks that Museveni
 * described as frank") are spoken of, not met.
 */

/** The verbs whose infinitive is itself a meeting: "met Hassan and went on to meet Museveni". */
const MEETING_INFINITIVE =
  /^(?:meet|hold|talk|confer|receive|host|speak|call|visit|join|sit|see|welcome|greet|dine|lunch)\b/i;

/** "…to discuss", "…to review": a purpose infinitive after the people met. */
const PURPOSE =
  /\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|both|all|each|every|some|any|no|one|two|three|several|many|other|another|him|them|us|me|whom|which|what|be|date)\b)(\p{Ll}+)\b/u;

/**
 * "on the deal", "over the dispute", "about the case", "on behalf of": a topic phrase — a
 * preposition and a noun phrase that is not a name or a date ("on Monday") — nor a meal, at which
 * one meets ("over dinner with Museveni").
 */
const TOPIC =
  /\b(?:on\s+behalf\s+of|(?:on|over|about|regarding|concerning)\s+(?!(?:lunch|dinner|breakfast|coffee|tea|the\s+phone|the\s+telephone|the\s+sidelines)\b)(?:the|a|an|its|their|his|her|this|that|these|those|\p{Ll}{3,})\b)/u;

/**
 * "the summit hosted by Museveni", "a plan drafted by Museveni": a thing and the participle of
 * its maker — not a group one meets ("a delegation led by Museveni") nor the host, chair or
 * mediator of the meeting or ceremony, who is there ("at a ceremony hosted by Museveni").
 */
const MADE_BY =
  /\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(?!(?:delegation|team|group|mission|entourage|party|talks|meeting|meetings|negotiations|call|consultations|dialogue|session|conversation)\s)[\p{Ll}-]+\s+(?!(?:led|headed|accompanied|joined|flanked|including|received|welcomed|greeted|hosted|co-hosted|chaired|co-chaired|attended|convened|organi[sz]ed|presided|witnessed|mediated|facilitated|moderated|given|thrown|held)\s)\p{Ll}+(?:ed|en|wn|ght|ut)(?:\s+forward|\s+up)?\s+by\b/u;

/** "a delegation sent by Museveni", "an envoy dispatched by Museveni": the sender stays home. */
const SENT_BY = /\b(?:sent|dispatched|despatched|mandated|commissioned)\s+by\b/;

/**
 * "talks that Museveni described as frank", "in talks Museveni called productive", "a meeting
 * Museveni welcomed": a relative clause (with or without "that") whose subject is a name.
 */
const NAMED_RELATIVE =
  /\b(?:that|which|talks|meeting|meetings|call|visit|encounter|conversation|move|step|plan|deal|proposal|decision|agreement|accord)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}\p{Ll}+(?:ed|en)?\b/u;

/** A capitalised word that is not a place's or a day's ("in Arusha", "on Monday"): a name. */
const SOMEONE = /(?<!\b(?:in|at|on|to|from|of|the|near|outside)\s)\b\p{Lu}/u;

/** A cheap gate: none of the words that open such a phrase. */
const HINT =
  /\b(?:to|on|over|about|regarding|concerning|by|that|which|talks|meetings?|call|visit|encounter|conversation|move|step|plan|deal|proposal|decision|agreement|accord)\b/;

/**
 * Where the topic or purpose ends: a comma, or an adjunct of the occasion that may name those
 * present ("…on a framework for inspections, at a ceremony hosted by X", "…with X").
 */
const SPAN_END =
  /[,;]|\s(?:at|during|in\s+the\s+presence\s+of|alongside|with|together\s+with|as\s+well\s+as)\s/;

/**
 * The span of `clause` (the words after a meeting's trigger) that gives the meeting's purpose or
 * topic, as [from, to) offsets into it, or undefined: the people named there are not its parties.
 */
function topicSpan(clause: string): readonly [number, number] | undefined {
  if (!HINT.test(clause)) return undefined;
  let at = -1;
  const topic = TOPIC.exec(clause);
  if (topic !== null) at = earliest(at, topic.index);
  // MADE_BY and SENT_BY end in "by".
  const by = clause.includes("by");
  const made = by ? MADE_BY.exec(clause) : null;
  if (made !== null) at = earliest(at, made.index);
  const named = NAMED_RELATIVE.exec(clause);
  if (named !== null) at = earliest(at, named.index);
  // Only after someone met: "held talks on trade with Hassan" names its topic first.
  if (at > 0 && !SOMEONE.test(clause.slice(0, at))) at = -1;
  // A sender stays home wherever he is named: "met a delegation sent by C".
  const sent = by ? SENT_BY.exec(clause) : null;
  if (sent !== null) at = earliest(at, sent.index);
  // A purpose may follow the verb at once: "A and B met to discuss a proposal by C".
  const purpose = PURPOSE.exec(clause);
  if (purpose !== null && !MEETING_INFINITIVE.test(purpose[1] ?? ""))
    at = earliest(at, purpose.index);
  if (at < 0) return undefined;
  const stop = SPAN_END.exec(clause.slice(at + 1));
  return [at, stop === null ? clause.length : at + 1 + stop.index];
}

/** The earlier of a span's start found so far (-1 for none) and another at `i`. */
function earliest(at: number, i: number): number {
  return at < 0 || i < at ? i : at;
}

/**
 * The people of `actors` not named in the purpose or topic of `clause`, the words after a
 * meeting's trigger, which begin at body offset `from`: "met Hassan to discuss a plan drafted by
 * Museveni" keeps Hassan.
 */
export function outsideTopic(actors: Actor[], clause: string, from: number): Actor[] {
  if (actors.length === 0) return actors;
  const span = topicSpan(clause);
  if (span === undefined) return actors;
  const [a, b] = span;
  return actors.filter((p) => p.end <= from + a || p.start >= from + b);
}
