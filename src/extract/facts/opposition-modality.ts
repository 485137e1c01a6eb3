import { execAll } from "../text/exec-all.ts";

/**
 * "Poland's spokesman said Warsaw would vote against the deal", "warned that Iran would block it":
 * a "would" in reported speech is the future seen from the time of speaking, not a hypothesis.
 */
const REPORTED_WOULD =
  /\b(?:said|says|warned|warns|added|insisted|vowed|stated|announced|declared|signall?ed|replied|responded|countered|maintained|repeated|reiterated)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,7}?would\s+(?:(?:also|still|again|keep|continue\s+to|\w+ly)\s+){0,2}$/iu;

/**
 * "The proposed levy was rejected by…", "a possible deal, spurned by…": a participle or adjective
 * of modality after a determiner describes a noun (a passive subject); it does not qualify the
 * verb. The group is the word.
 */
const ATTRIBUTIVE =
  /\b(?:the|a|an|its|their|his|her|this|these|those|[\p{L}.-]+['’]s)\s+(proposed|planned|possible|potential)\b/giu;

/**
 * The words qualifying a verb (`narrow`, a suffix of `wide`) without the attributive words the
 * wider clause before the verb (`wide`) shows ("the proposed"), and with a reported "would" read
 * as "will" when `wide` shows it is reported speech.
 */
export function asReportedFuture(narrow: string, wide: string): string {
  if (/propos|plann|possib|potent/i.test(narrow))
    for (const m of execAll(ATTRIBUTIVE, wide).reverse()) {
      const end = m.index + m[0].length - (wide.length - narrow.length);
      if (end > 0) narrow = narrow.slice(0, Math.max(0, end - m[1]!.length)) + narrow.slice(end);
    }
  if (!/would/i.test(narrow) || !REPORTED_WOULD.test(wide)) return narrow;
  return narrow.replace(/\bwould\b(?!.*\bwould\b)/is, "will");
}
