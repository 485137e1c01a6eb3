import type { Actor } from "../resolve/actor.ts";
import { actingState } from "./opposition-acting-state.ts";
import { isOf, referredTo } from "./opposition-event-noun.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { BARE_DOINGS } from "./opposition-head-nouns.ts";

/** Words before a bare doing that say which one or how it came: "the latest move". */
export const DOING_MODIFIERS = "latest|recent|same|whole|surprise|unilateral";

/** "the decision", "the move", "this choice": a doing called only by a word for one. */
const BARE_DOING = new RegExp(
  String.raw`^(?:(?:${DOING_MODIFIERS})\s+)?(?:decision|move|step|choice|action|gesture)$`,
  "i",
);

/**
 * A sentence before that tells no doing of its opener's: a pair as the subject ("India and
 * Pakistan held talks"), or words said, a meeting or a host ("Sweden's foreign minister met her
 * Finnish counterpart", "Kenya hosted a summit"). "Finland condemned the provocations" after it
 * has no one to point back to.
 */
const NOT_A_DOING =
  /^\s*(?:['’]s?\s+(?:[\p{L}-]+\s+){0,2})?(?:(?:also|has|have|had|will|would|on\s+\p{L}+day)\s+)*(?:and|with|met|meets?|meeting|held|holds?|hosted|hosts?|said|says|told|tells|announced|welcomed|signed|visited|spoke|speaks|talked|discussed|agreed|praised|thanked|received|attended)\b/iu;

/**
 * Nouns for a doing told by its verb ("extended" → "the extension"), each with the start of that
 * verb: "Norway closed its border… Chile condemned the closure".
 */
export const EVENT_VERBS: ReadonlyMap<string, RegExp> = new Map([
  ["extension", /\bextend/i],
  ["closure", /\bclos(?:e|ed|es|ing)\b/i],
  ["expulsion", /\bexpel/i],
  ["suspension", /\bsuspend/i],
  ["postponement", /\bpostpon/i],
  ["renewal", /\brenew/i],
  ["withdrawal", /\bwithdr[ae]w/i],
  ["cancellation", /\bcancel/i],
  ["deployment", /\bdeploy/i],
  ["deportation", /\bdeport/i],
  ["annexation", /\bannex/i],
  ["blockade", /\bblockad/i],
  ["detention", /\bdetain/i],
  ["arrest", /\barrest/i],
  ["seizure", /\bseiz/i],
  ["designation", /\bdesignat/i],
  ["recognition", /\brecogni[sz]/i],
  ["ratification", /\bratifi/i],
  ["reopening", /\breopen/i],
]);

/**
 * Nouns for a request, words said or an act, with the verbs that tell one was made: "The
 * prosecutor asked the court to… Ecuador criticised the request". Only for pointing back to who
 * made it: the nouns say nothing of what was asked or said, so they name no doing themselves.
 */
const MADE_BY_VERBS: ReadonlyMap<string, RegExp> = new Map([
  ["request", /\b(?:ask|request|sought|seek)/i],
  [
    "remark",
    /\b(?:said|says|told|tells|remark|stat(?:e|ed|es|ing)\b|describ|wrote|writes|posted)/i,
  ],
  ["statement", /\b(?:said|says|told|tells|stat(?:e|ed|es|ing)\b|issu)/i],
  ["sentence", /\b(?:sentenc|jail|convict)/i],
  ["protest", /\b(?:protest|summon|lodg)/i],
  ["package", /\b(?:announc|unveil|approv|adopt)/i],
  ["invitation", /\binvit/i],
  ["test", /\b(?:test|launch|fir(?:e|ed|es|ing)\b)/i],
  ["vote", /\bvot/i],
  ["payment", /\b(?:paid|pay|transferr)/i],
  ["increase", /\b(?:rais|increas|hik)/i],
  ["condition", /\b(?:set|demand|requir|insist)/i],
]);

/** "the extension", "the latest expulsions": a noun of EVENT_VERBS, bare, its plural too. */
const BARE_EVENT = /^(?:(?:latest|recent|same|sudden|abrupt|surprise|unilateral)\s+)?([a-z]+?)s?$/i;

/**
 * "Norway decided on Monday to close its embassy in Santiago. Chile condemned the decision.",
 * "Abinader's government had limited its invitations… The choice was condemned by Cuba", "Norway
 * closed its border. Chile condemned the closure": a bare word for a doing, when no measure was
 * told before, stands for the party that opened the sentence right before it (a noun told by a
 * verb, when that verb follows the party); its state, for a minister opposed from abroad. So
 * do doings told by a noun of how a party acts ("Russian jets flew over the gulf… Finland
 * condemned the provocations", "such intimidation", "these activities").
 */
export function previousDoer(
  issue: string,
  holder: Actor,
  memory: OppositionMemory,
): Actor | undefined {
  if (
    !BARE_DOING.test(issue) &&
    !(BARE_DOINGS.test(issue) && !NOT_A_DOING.test(memory.lastPredicate)) &&
    !toldByVerb(issue, memory.lastPredicate)
  )
    return undefined;
  const doer = memory.lastSubject;
  // "Moscow reacted with hostility. Grushko condemned the decision": not the holder's own state.
  if (doer === undefined || isOf(doer, holder)) return undefined;
  const state = actingState(doer, holder);
  return state.key === holder.key ? undefined : referredTo(state);
}

/**
 * Whether a bare noun of EVENT_VERBS or MADE_BY_VERBS is told by its verb right after the subject
 * of the sentence before (`predicate`): "Norway closed its border" for "the closure", not "Serbia
 * rejected Kosovo's decision to close…".
 */
function toldByVerb(issue: string, predicate: string): boolean {
  const noun = BARE_EVENT.exec(issue)?.[1]?.toLowerCase();
  const verb = noun === undefined ? undefined : (EVENT_VERBS.get(noun) ?? MADE_BY_VERBS.get(noun));
  return verb !== undefined && verb.test(predicate);
}
