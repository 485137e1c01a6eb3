import type { Modality } from "./modality.ts";

/**
 * "is likely to meet", "are unlikely to hold talks", "is certain to meet": a judgement of
 * likelihood on an infinitive meeting makes it a prospect, not an event.
 */
const LIKELY_TO = /\b(?:un)?likely\s+to\s+$|\b(?:certain|bound|sure)\s+to\s+$/i;

/** The verbs whose object is a meeting to come: one arranges what has not yet been held. */
const PREPARE = String.raw`(?:arrang|organi[sz]|prepar|schedul|set(?:ting)?\s+up|broker|facilitat|secur|plan(?:n)?|convene?|convening|pav(?:e|ing)\s+the\s+way\s+for|push(?:ing)?\s+for|lobby(?:ing)?\s+for)`;

/**
 * "are working to arrange a meeting between A and B", "is preparing talks with B", "hope to set
 * up a call between them": a meeting noun that is the object of a verb of preparation in the
 * infinitive or the progressive. Not the past ("arranged a meeting between A and B on Monday"
 * reports one held).
 */
const PREPARING = new RegExp(
  String.raw`\b(?:to\s+${PREPARE}(?:e|ing)?|(?:is|are|was|were|been)\s+${PREPARE}(?:ing)?)\s+(?:(?:a|an|the|their|his|her|its|new|fresh|first|direct|further|possible|face-to-face|high-level|formal|bilateral|trilateral|joint)\s+){0,3}$`,
  "iu",
);

/**
 * "A meeting between A and B is being prepared", "talks with B are still being planned", "a call
 * between them was under consideration": a meeting noun whose own verb says it is not yet held.
 */
const BEING_PREPARED = new RegExp(
  String.raw`^(?:(?!\b(?:that|which|who|whom|where|when|while|after|before|as)\s)[^.;,]){0,160}?\b(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?(?:being\s+(?:arranged|organi[sz]ed|prepared|planned|scheduled|set\s+up|considered|discussed|negotiated|finali[sz]ed|worked\s+out|explored|sought)|under\s+(?:consideration|discussion|preparation|negotiation))\b`,
  "i",
);

/**
 * "There are no plans for A to meet B", "no date has been set for…", "no intention to hold talks
 * with": a plan denied.
 */
const NO_PLAN =
  /\bno\s+(?:plans?|intention|date|decision|arrangements?|invitation)\s+(?:(?:yet\s+)?(?:for|by)\s+[^,;]{1,50}?\s+)?to\s+$/i;

/** "A was to have met B on Friday": a plan that did not come about. */
const WAS_TO_HAVE = /\b(?:was|were)\s+to\s+have\s+$/i;

/**
 * "is keen on a meeting with B", "open to talks with B", "agreed in principle to talks with B",
 * "urged A to meet B", "asked the two to hold talks": a meeting wished, offered or asked of
 * someone — not held.
 */
const WISHED =
  /\b(?:keen|open|ready|eager|willing|amenable)\s+(?:on|to|for)\s+(?:(?:a|an|the|new|fresh|direct|further)\s+)?$|\bagree(?:d|s)?\s+in\s+principle\s+to\s+(?:(?:a|an|the|new|fresh|direct|further)\s+)?$|\b(?:urged|urges|asked|asks|invited|invites|encouraged|encourages|called\s+on|calls\s+on|pressed|presses|wants|wanted|would\s+like|told|tells)\s+(?:[\p{L}'’.-]+\s+){1,6}?to\s+$/iu;

/**
 * "A's meeting with B, scheduled for Friday, will…", "talks with B, planned for March": a meeting
 * noun whose parenthetical participle sets it in the future.
 */
const PLANNED_ASIDE =
  /^[^.;,]{0,80},\s+(?:which\s+(?:is|was)\s+)?(?:scheduled|planned|set|slated|due|expected|pencill?ed\s+in)\s+(?:for|to|on|in|at)\b/i;

/** The meeting nouns that such an aside can qualify. */
const MEETING_NOUN =
  /\b(?:meeting|meetings|talks|summit|call|visit|encounter|session|conversation|negotiations|consultations)\b/i;

/** A trigger's meeting noun and its preposition, at its end. */
const NOUN_TAIL =
  /\b(?:meetings?|talks|(?:phone\s+|video\s+)?calls?|summit|conversations?|discussions|negotiations|consultations)\s+(?:with|between)\s*$/i;

/** A trigger that opens with a noun (after a determiner, if any): "a meeting", "talks". */
const NOUN_FIRST = /^\s*(?:a|an|the|their|his|her)?\s*\p{Ll}/u;

/** A cheap gate: none of the words above. */
const HINT =
  /likely|certain|bound|sure|arrang|organi|prepar|schedul|set|broker|facilitat|secur|plan|conven|pav|push|lobby|being|under|\bno\b|have|keen|open|ready|eager|willing|amenable|agree|urge|ask|invit|encourag|call|press|want|like|told|tell|due|expected|slated|pencil/i;

/**
 * Whether a meeting is a prospect by the words around its trigger: `before` is the sentence up to
 * the trigger, `trigger` its text and `rest` what follows it.
 */
export function inPreparation(before: string, trigger: string, rest: string): Modality | undefined {
  // The words before the meeting's noun, within the trigger too ("agreed | in principle to talks with").
  const tail = NOUN_TAIL.exec(trigger);
  const lead = tail === null ? "" : trigger.slice(0, tail.index);
  const near = `${before.slice(-80)}${lead}`.slice(-80);
  if (!HINT.test(near) && !HINT.test(rest)) return undefined;
  if (NO_PLAN.test(near) || WAS_TO_HAVE.test(near)) return "negated";
  if (LIKELY_TO.test(near) || WISHED.test(near)) return "hypothetical";
  if (MEETING_NOUN.test(trigger) && PLANNED_ASIDE.test(rest)) return "future";
  if (NOUN_FIRST.test(trigger) && PREPARING.test(near)) return "future";
  // The noun's own verb: "a meeting between A and B is being prepared".
  if (!/^\s*(?:to|with|met|meets|meet)\b/i.test(trigger) && BEING_PREPARED.test(rest))
    return "future";
  return undefined;
}
