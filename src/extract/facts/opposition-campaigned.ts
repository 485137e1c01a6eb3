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

/** "of" right before a match. */
const OF_BEFORE = /\bof\s+$/i;

/** Cheap test for the three patterns. */
export const CAMPAIGN_HINT =
  /campaign|crusade|lobb|agitat|mobili|(?:object|protest|complain)\w*\s+(?:for|since)\s/i;

/** Stances of CAMPAIGNED, LED_CAMPAIGN and OWNED_CAMPAIGN in a sentence CAMPAIGN_HINT lets through. */
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
