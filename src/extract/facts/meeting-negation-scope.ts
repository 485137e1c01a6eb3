import { NEGATION } from "./modality.ts";

/**
 * A negation denies its own verb, not a meeting told in a phrase of time or place after that
 * verb's object: "The premier did not hide his anger after meeting the governor", "The two sides
 * failed to agree on fishing rights at talks in Oslo" — the meeting and the talks were held. The
 * phrase opens with "after", "following", "at", "during", "since", "upon" or "on the sidelines
 * of"; not "for" or "before", whose meeting may still be to come ("did not travel for talks").
 * A verb of presence keeps its negation: "did not attend / show up at talks" were not there.
 * Nor does a clause of time with its own subject take the words before it: "rejected claims that
 * he was snubbed when he met the governor".
 */

/** Every negation cue of the shared modality words, to find the last one. */
const NEGATIONS = new RegExp(NEGATION.source, "gi");

/** The opener of a phrase of time or place, last in the words before the trigger. */
const ADJUNCT =
  /\b(?:after|following|at|during|since|upon|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of|in\s+the\s+wake\s+of)\s+(?:(?:the|a|an|their|his|her|its|two|three|several|\w+\s+(?:hours|days|rounds)\s+of)\s+)*$/i;

/**
 * A clause of time opened right before the trigger, with a subject of its own: "when he", "as the
 * two leaders", "after Otieno".
 */
const TIME_CLAUSE =
  /\b(?:when|while|as|after|before|since|once)\s+(?:he|she|they|we|the\s+two(?:\s+\p{L}+)?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:(?:had|has|have|first|last|finally|eventually|later|also)\s+)*$/u;

/** A trigger that opens such a phrase itself. */
const OPENS = /^(?:after|following|at|during|since|upon)\b/i;

/**
 * Whether a trigger's words open a phrase of time or place ("after his talks with", "at talks"):
 * a "no" before it is its clause's ("gave no details after his talks with B"), not the meeting's.
 */
export function opensPhrase(trigger: string): boolean {
  return OPENS.test(trigger);
}

/** Verbs of being there: their negation keeps the meeting from happening. */
const PRESENCE =
  /\b(?:attend\w*|appear\w*|show(?:ed|n)?\s+up|turn(?:ed)?\s+up|take\s+part|took\s+part|participat\w*|join\w*|be\s+present|present|sit|sat|stay\w*)\b/i;

/**
 * A capitalised word (a name), a reciprocal or an object pronoun: whom the negation may be about
 * ("avoided each other at the summit", "did not greet him at the dinner"). Not "her", more often
 * a possessive ("did not hide her anger after meeting B").
 */
const NAMED = /\s\p{Lu}|\b(?:each\s+other|one\s+another|him|them)\b/u;

/** A verb and an object after the negation: three words at least ("not hide his anger"). */
const WITH_OBJECT = /\S\s+\S+\s+\S/;

/**
 * The words of `window` (what stands before a meeting trigger, `trigger` its words) that qualify
 * the meeting: without the negation and what it denies, when a negation stands before a phrase of
 * time or place that opens on the meeting; else all.
 */
export function meetingScope(window: string, trigger: string): string {
  // "was snubbed when he met B", "hoped to raise it when she met B": a clause of time with its
  // own subject is qualified by its own words only.
  const clause = TIME_CLAUSE.exec(window);
  if (clause !== null) return window.slice(clause.index);
  if (!NEGATION.test(window)) return window;
  // "Okot was not at the talks but spoke with Al-Marri": "but" opens what was done instead; a
  // negation before it denies only its own verb.
  const but = lastBut(window);
  if (but >= 0 && !NEGATION.test(window.slice(but))) return window.slice(but);
  // The trigger may open the phrase itself: "at talks", "after meeting".
  const at = opensPhrase(trigger) ? window.length : (ADJUNCT.exec(window)?.index ?? -1);
  if (at < 0) return window;
  let last = -1;
  for (const m of window.slice(0, at).matchAll(NEGATIONS)) last = m.index;
  if (last < 0) return window;
  const between = window.slice(last, at);
  // "did not attend talks", "refused to take part in talks": no object stands between.
  // "will not meet B during the summit", "avoided B at the summit": the one named between is
  // the one the negation keeps apart.
  if (PRESENCE.test(between) || NAMED.test(between) || !WITH_OBJECT.test(between)) return window;
  // Only the negation goes: what it stood after still tells the time ("will not discuss the
  // border during his meeting with B" is to come), but for a past "would" or "could" ("would not
  // say what was discussed after his talks", "could not agree at talks in Oslo").
  return `${window.slice(0, last).replace(PAST_MODAL, "")}${window.slice(at)}`;
}

const BUT = /\bbut\b/gi;

/** Where the last "but" of `window` stands, or -1. */
function lastBut(window: string): number {
  let at = -1;
  for (const m of window.matchAll(BUT)) at = m.index;
  return at;
}

/** A modal before a negation that tells of the past as often as of what may be. */
const PAST_MODAL = /\b(?:would|could)\s*$/i;
