import type { Actor } from "../resolve/actor.ts";
import { JUDGED_WORD } from "./opposition-verbs.ts";
import { issueTarget, targetOf, type OppositionTarget } from "./opposition-target.ts";
import { quoteJudges } from "./opposition-valence.ts";

/**
 * "rejected as 'false and dangerous' the claims of…", "described as 'regrettable' Washington's
 * decision to expel…": a verdict in quotation marks set before a long object, which English moves
 * after it. The match is the verb alone; INVERTED_TAIL reads the verdict after it.
 */
export const INVERTED =
  /\b(?:describ(?:es|ed|ing)|brand(?:s|ed|ing)|label(?:l?ed|s|l?ing)|term(?:s|ed|ing)|dub(?:s|bed|bing)|dismiss(?:es|ed|ing)|reject(?:s|ed|ing)|denounc(?:es|ed|ing)|condemn(?:s|ed|ing)|criticis(?:es|ed|ing)|criticiz(?:es|ed|ing)|slam(?:s|med|ming)|decr(?:ies|ied|ying)|deplor(?:es|ed|ing)|castigat(?:es|ed|ing))(?=\s+as\s+["“][^"”]{1,80}["”]\s+(?!(?:by|and|but|or|in|on|at|for|to|while|after|because|since|saying)\b)[\p{L}\d])/giu;

/** Cheap test: a sentence without "as" before an opening quotation mark skips INVERTED. */
export const INVERTED_HINT = /\bas\s+["“]/;

const INVERTED_TAIL = /^\s+as\s+["“]([^"”]{1,80})["”]\s+/;

/** Verbs that judge only through their verdict; the others state a stance by themselves. */
const DESCRIBING = /^(?:describ|brand|label|term|dub)/i;

/** find-oppositions' isDenial: a claim or charge turned away, which is no stance. */
export type Denial = (verb: string, target: OppositionTarget) => boolean;

/**
 * What an INVERTED match judges: the object after its quoted verdict. A verb of describing needs
 * the verdict to judge ("described as 'historic' the deal" is no stance); `denial` tells a
 * rejected claim or charge ("dismissed as 'lies' the allegations"), which is no stance either.
 */
export function invertedTarget(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
  denial: Denial,
): OppositionTarget | undefined {
  const verbEnd = m.index + m[0].length;
  const tail = INVERTED_TAIL.exec(text.slice(verbEnd));
  if (tail === null) return undefined;
  const objectAt = verbEnd + tail[0].length;
  // "dismissed as 'fabrications' Eritrean claims": a claim turned away, whoever made it.
  if (denial(m[0], issueTarget(text.slice(objectAt, objectAt + 60)))) return undefined;
  const target = targetOf(text, start, start + objectAt, parties, m[0]);
  if (target === undefined || denial(m[0], target)) return undefined;
  if (DESCRIBING.test(m[0]) && !quoteJudges(tail[1] ?? "", JUDGED_WORD, target)) return undefined;
  return target;
}
