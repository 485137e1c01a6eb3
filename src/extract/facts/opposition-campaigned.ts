import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import { execAll } from "../text/exec-all.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";
import { nominalSubject } from "./opposition-nominal.ts";
import { targetOf, whatOf, type OppositionTarget } from "./opposition-target.ts";

/** How long a stance has been held, between its verb and its preposition: "for months". */
const DURATION = String.raw`for\s+(?:(?:many|several|two|three|four|five|some)\s+)?(?:months|years|weeks|decades)\s+|since\s+(?:19|20)\d\d\s+`;

/**
 * "campaigned against the mining plan", "has lobbied for years against the quota", "objected for
 * months to a zoning plan", "has protested since 2019 against the dam": a stance held over time,
 * told by a verb of campaigning, or by a verb of objecting whose duration stands between it and
 * its preposition (without one, the verb patterns read it). Only forms that cannot be a noun
 * ("the campaign against", "the lobby against") are read.
 */
export const CAMPAIGNED = new RegExp(
  String.raw`\b(?:(?:campaign(?:ed|ing)|lobb(?:ied|ying)|agitat(?:ed|ing)|mobili[sz](?:ed|ing))\s+(?:(?:hard|loudly|vigorously|publicly|actively)\s+)?(?:${DURATION})?against|(?:object(?:s|ed|ing)?|protest(?:s|ed|ing)?|complain(?:s|ed|ing)?)\s+(?:${DURATION})(?:to|against|about))\b`,
  "gi",
);

/** "led the campaign against Abuja", "waged a campaign against the dam": the subject leads it. */
export const LED_CAMPAIGN =
  /\b(?:led|leads|leading|lead|waged|wages|waging|launched|launches|mounted|spearheaded|spearheads)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:campaign|crusade)\s+against\b/gi;

/** "Oxfam's campaign against the fuel tax": the party named before "'s" wages it. */
export const OWNED_CAMPAIGN = /['’]s?\s+(?:[\w-]+\s+){0,2}?(?:campaign|crusade)\s+against\b/g;

/** A protest held: "staged a sit-in", "held months of protests", "rallied", "marched". */
const PROTEST_ACT = String.raw`(?:(?:stag(?:e|es|ed|ing)|h(?:old|olds|eld|olding)|organi[sz](?:e|es|ed|ing)|mount(?:s|ed|ing)?|l(?:ead|eads|ed|eading))\s+(?:(?:an?|months|weeks|days|of|regular|repeated|daily|weekly|fresh|new|further|mass|large|small|several|two|three|rival)\s+){0,3}(?:[\w-]+\s+)?(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|marches|march|pickets?)|demonstrat(?:e|es|ed|ing)|march(?:es|ed|ing)?|rall(?:y|ies|ied|ying))`;

/**
 * "staged protests at two border crossings this week against grain imports", "held a sit-in
 * against the closure", "rallied against the bill": a protest held against what follows, with the
 * place and time it stood at in between. A protest "over" something is left out ("over the
 * weekend" is a time).
 */
export const PROTEST_HELD = new RegExp(
  String.raw`\b${PROTEST_ACT}\s+(?:(?:outside|at|in\s+front\s+of|near|in|across|on)\s+[^,;:"“”]{1,60}?\s+)?against\b`,
  "gi",
);

/**
 * "staged a protest outside the Chinese embassy", "protested in front of the US consulate": a
 * protest held at a state's mission, told by the place alone (not "… against deep-sea mining"), is
 * against that state. The match ends before the place, which names the state.
 */
export const PROTEST_AT_MISSION = new RegExp(
  String.raw`\b(?:${PROTEST_ACT}|protest(?:ed|ing))\s+(?:outside|in\s+front\s+of|at\s+the\s+gates\s+of)(?=\s+(?:the\s+)?(?:[\w.-]+\s+){1,3}?(?:embassy|consulate|high\s+commission)\b)(?![^,;]*\bagainst\b)`,
  "gi",
);

/** "of" right before a match. */
const OF_BEFORE = /\bof\s+$/i;

/** Cheap test for the patterns. */
export const CAMPAIGN_HINT =
  /campaign|crusade|lobb|agitat|mobili|(?:object|protest|complain)\w*\s+(?:for|since)\s|protest|demonstrat|sit-in|rall(?:y|ies|ied|ying)\s|march(?:es|ed|ing)?\s|picket/i;

/**
 * Stances of CAMPAIGNED, LED_CAMPAIGN, PROTEST_HELD, PROTEST_AT_MISSION and OWNED_CAMPAIGN in a
 * sentence CAMPAIGN_HINT lets through.
 */
export function campaigns(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  const after = (m: RegExpExecArray): OppositionTarget | undefined =>
    targetOf(text, start, start + m.index + m[0].length, parties, "campaigned against");
  const out = [
    // "accused Serbia of lobbying against…": a gerund after "of" tells a charge, not a stance.
    ...byPattern(text, start, parties, CAMPAIGNED, (m) =>
      OF_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) ? undefined : after(m),
    ),
    ...byPattern(text, start, parties, LED_CAMPAIGN, after),
    ...byPattern(text, start, parties, PROTEST_HELD, after),
    ...byPattern(text, start, parties, PROTEST_AT_MISSION, after),
  ];
  for (const m of execAll(OWNED_CAMPAIGN, text)) {
    const at = start + m.index;
    // A party named, not "the government's campaign", told only by its kind.
    const owner = parties.find(
      (a) => a.possessive && a.end === at && CAPITAL_FIRST.test(text.slice(a.start - start)),
    );
    // "Oxfam's campaign against the tax drew support": what it is against ends at the main verb.
    const target =
      owner === undefined
        ? undefined
        : targetOf(nominalSubject(text, m), start, at + m[0].length, parties);
    if (owner === undefined || target === undefined) continue;
    if ("actor" in target && target.actor.key === owner.key) continue;
    out.push({ holder: owner, target, what: whatOf(target), verb: m[0], at });
  }
  return out;
}
