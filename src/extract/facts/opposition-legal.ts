import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { execAll } from "../text/exec-all.ts";
import { possessorAt } from "./opposition-decider.ts";

/**
 * "filed a complaint against Colombia at the WTO", "brought a genocide case against Israel",
 * "sued the company", "took Japan to the International Court of Justice": legal action against a
 * party is a stance against it (not "took the dispute to the court", which names no party).
 */
export const LEGAL = String.raw`(?:br(?:ought|ing|ings|inging)|fil(?:e|es|ed|ing)|launch(?:es|ed|ing)?|initiat(?:e|es|ed|ing)|institut(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+(?:a|an|the|its|their|new|fresh)\s+(?:[\w-]+\s+){0,3}?(?:case|complaint|lawsuit|suit|legal\s+challenge|legal\s+action|proceedings|arbitration\s+claim)\s+against|su(?:es|ed|ing)(?<!\b(?:is|are|was|were|be|been|being)\s+su\w+)(?=\s+(?!by\b)[\w'’.-]+)|t(?:ook|aken|ake|akes|aking)(?<!\b(?:is|are|was|were|be|been|being)\s+taken)(?!\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:dispute|matter|case|issue|row|question|claims?|complaint|fight|battle|decision|law|ruling|it|them|this|that)\b)(?=\s+(?:[\w'’.-]+\s+){1,4}?to\s+(?:court|arbitration|the\s+(?:International|World|European|Permanent|UN)\b|the\s+(?:ICJ|WTO|ICC)\b))`;

/**
 * "South Africa's genocide case against Israel", "Canada's complaint against China at the WTO":
 * a party's legal action, told by a noun, is its stance against the party it is brought against.
 */
const LEGAL_NOUN =
  /['’]s?\s+(?:[\w-]+\s+){0,2}?(?:case|complaint|lawsuit|legal\s+challenge)\s+against\s+/gi;

/** Cheap test for LEGAL_NOUN. */
export const LEGAL_NOUN_HINT = /\b(?:case|complaint|lawsuit|challenge)\s+against\b/i;

/** The stances LEGAL_NOUN tells: the possessor of the action against the party named after it. */
export function legalCases(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(LEGAL_NOUN, text)) {
    const at = start + m.index;
    const holder = possessorAt(parties, at);
    const target = parties.find((a) => a.start === at + m[0].length);
    if (holder === undefined || target === undefined || holder.key === target.key) continue;
    out.push({ holder, target: { actor: target }, what: target.key, verb: m[0], at });
  }
  return out;
}
