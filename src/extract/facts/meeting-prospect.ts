import type { Modality } from "./modality.ts";

/**
 * A meeting named as the complement of a noun of prospect is not held: "declined an invitation to
 * meet the governor", "a proposal to hold talks with Lima", "raised the possibility of meeting
 * her", "the prospect of a summit between the two", "his readiness to meet", "any meeting with
 * the rebels must wait", "no date has been set for talks between them", "preparations are under
 * way for a meeting", "looked forward to meeting her". So is one "before" or "ahead of" which a
 * time still to come is named ("said on Monday, before meeting her later this week, that…").
 */

/** A cheap gate: none of the words below stands before the trigger. */
const HINT =
  /invit|offer|propos|plan|idea|possib|prospect|hope|readiness|willing|preparation|request|bid|suggest|rumou?r|option|openness|desire|wish|intention|talk|likelihood|question|expectation|\bany\b|\bno\b|before|ahead|forward|anticipation|run-up/i;

/** Nouns of a meeting hoped for, doubted or talked of: a possibility, not a plan. */
const MAYBE = String.raw`(?:ideas?|possibility|possibilities|prospects?|hopes?|chances?\s+of|rumou?rs?|options?|talk|likelihood|question|speculation|expectations?)`;

/** Nouns of a meeting offered, asked for or planned: one still to come. */
const OFFERED = String.raw`(?:invitations?|offers?|proposals?|proposition|plans?|readiness|willingness|preparations?|requests?|bids?|suggestions?|openness|desire|wish|intention|attempts?|efforts?)`;

/** The determiners and adjectives between such a noun's preposition and the meeting. */
const BETWEEN = String.raw`(?:(?:a|an|the|new|fresh|further|possible|future|direct|face-to-face|bilateral|trilateral|high-level|formal|first|second|another)\s+)*`;

const MAYBE_NOUN = new RegExp(String.raw`\b${MAYBE}\s+(?:to|of|for)\s+${BETWEEN}$`, "i");
const OFFERED_NOUN = new RegExp(String.raw`\b${OFFERED}\s+(?:to|of|for)\s+${BETWEEN}$`, "i");

/** "any meeting with B must wait", "any further talks": no meeting in particular. */
const ANY = /\bany\s+(?:(?:further|future|new|direct|fresh|possible|formal)\s+)?$/i;

/** "No date has been set for a meeting", "preparations are under way for talks". */
const NOT_YET =
  /\bno\s+(?:date|time|venue|timetable)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed|announced|given|decided)\s+(?:yet\s+)?for\s+(?:a|an|the|any)?\s*$|\bpreparations?\s+(?:are|were|is|was)\s+(?:now\s+|already\s+)?(?:under\s*way|being\s+made|in\s+progress)\s+for\s+(?:a|an|the)?\s*$/i;

/**
 * "looked forward to meeting B", "in anticipation of talks with B", "in the run-up to the meeting
 * with B": a meeting awaited.
 */
const AWAITED =
  /\b(?:look(?:s|ed|ing)?\s+forward\s+to|in\s+anticipation\s+of|in\s+preparation\s+for|in\s+the\s+run-up\s+to)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/i;

/**
 * "before meeting B later this week": the meeting comes after a time still to come. Not "later in
 * the day", told of a past day as often ("met A on Monday morning before holding talks with B
 * later in the day").
 */
const BEFORE = /\b(?:before|ahead\s+of)\s+$/i;
const SOON =
  /^[^.;,]*?\b(?:tomorrow|later\s+(?:this|today)|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+coming|in\s+the\s+coming\s+(?:days|weeks))\b/i;

/** A meeting noun and its preposition, ending a trigger. */
const NOUN_LAST =
  /\b(?:meetings?|talks|(?:phone\s+|video\s+)?calls?|discussions|negotiations|consultations)\s+(?:with|between)\s*$/i;

/**
 * How a noun of prospect, "any", or "before" with a time to come leaves the meeting at the
 * trigger unheld: `before` is the sentence up to the trigger, `trigger` its words, `rest` what
 * follows it.
 */
export function prospectOf(before: string, trigger: string, rest: string): Modality | undefined {
  const near = before.slice(-80);
  // The trigger's own words before its noun count too: "in anticipation of | talks with".
  const noun = NOUN_LAST.exec(trigger);
  const within = noun === null || noun.index === 0 ? undefined : trigger.slice(0, noun.index);
  return (
    prospectNear(near) ??
    (within === undefined ? undefined : prospectNear(`${near}${within}`.slice(-80))) ??
    (BEFORE.test(near) && SOON.test(rest) ? "future" : undefined)
  );
}

/** How the words `near` right before a meeting noun or verb name it as a prospect, if they do. */
function prospectNear(near: string): Modality | undefined {
  if (!HINT.test(near)) return undefined;
  if (MAYBE_NOUN.test(near) || ANY.test(near)) return "hypothetical";
  if (OFFERED_NOUN.test(near) || NOT_YET.test(near) || AWAITED.test(near)) return "future";
  return undefined;
}
