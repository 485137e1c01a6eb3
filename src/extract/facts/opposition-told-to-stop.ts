import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import { actorsBetween } from "./clause.ts";

/** Verbs that ask a party to stop what it is doing: "halt", "cease", "refrain from", "back off". */
const STOP = String.raw`stop|halt|cease|end|desist|refrain\s+from|back\s+off|pull\s+out\s+of|leave(?!\s+(?:the\s+door|(?:the\s+)?room|open|it\b|them\b|no\b|aside|behind|intact|untouched|unchanged|alone))|get\s+out\s+of|keep\s+out\s+of|stay\s+out\s+of`;

/**
 * "urged Ankara to halt the drilling", "told Washington to stop the flights", "called for the
 * Russian advisers to leave the country", "said Beijing should stop interfering", "demanded that Moscow end its occupation": a single party asked to
 * stop what it does is opposed by the one asking. The group is the party asked. A call on two
 * sides ("urged Kigali and Kinshasa to halt the fighting", "both sides") is mediation, not a
 * stance, and a call on one's own ("its citizens") names no party.
 */
const TOLD_TO_STOP = new RegExp(
  String.raw`\b(?:(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|press(?:es|ed|ing)?|t(?:old|ells?|elling)|warn(?:s|ed|ing)?|demand(?:s|ed|ing)?)\s+((?:[\p{L}\d'’.-]+\s+){1,5}?)to|(?:(?:demand|insist)(?:s|ed|ing)?\s+that|said|says|added|insisted)\s+((?:[\p{L}\d'’.-]+\s+){1,5}?)(?:should|must|needs?\s+to|has\s+to|had\s+to|ought\s+to))\s+(?:(?:immediately|urgently|now|also|at\s+once)\s+)?(?:${STOP})\b`,
  "giu",
);

/** Cheap test for TOLD_TO_STOP: a verb of stopping right after "to", "should" or "must". */
export const TOLD_TO_STOP_HINT = new RegExp(
  String.raw`\b(?:to|should|must)\s+(?:(?:immediately|urgently|now|also|at\s+once)\s+)?(?:${STOP})\b`,
  "i",
);

/** Words that make the ones asked more than one party, or no party. */
const NOT_ONE_PARTY =
  /\b(?:and|both|all|sides|parties|its|their|his|her|our|citizens|nationals)\b/i;

/**
 * What is asked to stop, when it is a state between two sides ("end a standoff with Sofia", "halt
 * the fighting") or dealings with a third ("halt all trade with Port of Spain"): no stance against
 * the one asked.
 */
const SHARED_STATE =
  /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:standoffs?|disputes?|rows?|conflicts?|wars?|fighting|hostilities|violence|clash(?:es)?|feuds?|stalemates?|impasses?|deadlocks?|tensions?|trade|ties|relations|cooperation|talks|negotiations|imports|exports|dependence|reliance)\b/iu;

/**
 * What is asked to stop, when it is the one asked's delay or hesitation ("urged Washington to stop
 * delaying the aid", "end its hesitation over the tanks"): a request for help, not a stance.
 */
const DELAY =
  /^\s+(?:(?:its|their|the|any)\s+)?(?:delay\w*|hesitat\w*|dither\w*|dragging\s+(?:its|their)\s+feet|foot-dragging|reluctance|holding\s+(?:up|back))\b/i;

/**
 * "called for the Chinese advisers to leave": after "call for", what follows is often a thing,
 * not a party ("called for the war in Ukraine to end", "called for the fighting to stop"), so
 * only a call to leave is read there.
 */
const CALL_FOR = /^call\w*\s+for\s/i;
const LEAVING = /(?:leave|pull\s+out\s+of|get\s+out\s+of)$/i;

/** The single party a TOLD_TO_STOP match asks to stop. */
function askedParty(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): Actor | undefined {
  const group = m[1] ?? m[2] ?? "";
  const rest = text.slice(m.index + m[0].length);
  if (NOT_ONE_PARTY.test(group) || SHARED_STATE.test(rest) || DELAY.test(rest)) return undefined;
  if (CALL_FOR.test(m[0]) && !LEAVING.test(m[0])) return undefined;
  const from = start + m.index + m[0].indexOf(group, 3);
  const asked = actorsBetween(parties, from, from + group.length).filter((a) => !a.possessive);
  return asked.length === 1 && !asked[0]?.place ? asked[0] : undefined;
}

/**
 * The stances of TOLD_TO_STOP in a sentence, held by the subject of its verb — not a minister's
 * call on their own state ("Ghana must end its dependence on imports").
 */
export function toldToStop(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  return byPattern(text, start, parties, TOLD_TO_STOP, (m) => {
    const actor = askedParty(text, start, m, parties);
    return actor === undefined ? undefined : { actor };
  }).filter((o) => !("actor" in o.target && o.target.actor.key === `country:${o.holder.country}`));
}
