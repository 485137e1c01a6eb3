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

/** A cheap gate: none of the words above. */
const HINT =
  /likely|certain|bound|sure|arrang|organi|prepar|schedul|set|broker|facilitat|secur|plan|conven|pav|push|lobby|being|under/i;

/**
 * Whether a meeting is a prospect by the words around its trigger: `before` is the sentence up to
 * the trigger, `trigger` its text and `rest` what follows it.
 */
export function inPreparation(before: string, trigger: string, rest: string): Modality | undefined {
  const near = before.slice(-80);
  if (!HINT.test(near) && !HINT.test(rest)) return undefined;
  if (LIKELY_TO.test(near)) return "hypothetical";
  if (/^\s*(?:a|an|the|their|his|her)?\s*\p{Ll}/u.test(trigger) && PREPARING.test(near))
    return "future";
  // The noun's own verb: "a meeting between A and B is being prepared".
  if (!/^\s*(?:to|with|met|meets|meet)\b/i.test(trigger) && BEING_PREPARED.test(rest))
    return "future";
  return undefined;
}
