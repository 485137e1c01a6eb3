import { leftClauseStart } from "./clause.ts";
import type { MoneyMention } from "./money.ts";

/** Plural nouns a group of payers is called by. */
const GROUP_NOUN =
  "(?:donors|countries|nations|lenders|partners|governments|states|members|creditors|allies|institutions|banks|economies|democracies|powers|funders|backers)";

/** Cheap test: a word that may join named payers to unnamed ones. */
const HINT = /\bother\b|\bincluding\b|\bsuch as\b|\blike\b|\bamong them\b/i;

/**
 * "Japan and other donors pledged", "the G7 and other rich countries had promised", "Germany,
 * along with other European countries,", "Donors including Germany and Japan pledged", "lenders
 * such as the World Bank": payers named only in part, beside others left unnamed.
 */
const PARTLY_NAMED = new RegExp(
  String.raw`\b(?:and|with|among)\s+(?:the\s+)?other\s+(?:[\w-]+\s+){0,2}?${GROUP_NOUN}\b|\b${GROUP_NOUN}\s*,?\s+(?:including|such as|like|among them)\s`,
  "i",
);

/**
 * "Japan and other donors pledged $2 billion to Haiti": a total given by a group of payers named
 * only in part is no one party's money — the one named did not give it all, and the others are
 * not named (totals from an unnamed group have no funder). Read in the clause that leads to the
 * amount, so "Japan pledged $2 billion, more than other donors" still counts.
 */
export function groupTotal(text: string, start: number, money: MoneyMention): boolean {
  const before = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  return HINT.test(before) && PARTLY_NAMED.test(before);
}
