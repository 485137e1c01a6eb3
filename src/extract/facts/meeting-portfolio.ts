import { mayStartTitle } from "../gazetteer/title-index.ts";

/** Words that start a clause or a phrase, never part of a portfolio's name. */
const NOT_PORTFOLIO =
  /^(?:who|whom|whose|which|that|met|saw|said|told|with|to|for|by|from|on|in|at|as|a|an|the|his|her|their|its|was|were|is|are|has|have|had|will|would|also|then|later|now|new|former)$/;

/**
 * How many words at the end of a list gap name a title with its portfolio in lowercase ("…and
 * Rwanda's infrastructure minister, B", "its energy and mines secretary"): the title's head word
 * and at most three lowercase words before it, none a verb or a clause word. 0 when the gap does
 * not end in a lowercase title ("Sørensen, met Kurti": "met" is no title).
 */
export function portfolioTitleWords(words: readonly string[]): number {
  const head = words.at(-1);
  if (head === undefined || !/^[a-z]+$/.test(head) || !mayStartTitle(head)) return 0;
  let n = 1;
  for (let i = words.length - 2; i >= 0 && n < 4; i--) {
    const w = words[i] ?? "";
    if (!/^[a-z-]+$/.test(w) || /(?:ed|ing)$/.test(w) || NOT_PORTFOLIO.test(w)) break;
    n++;
  }
  return n;
}
