import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingMention } from "../facts/find-funding.ts";
import { leftClauseStart, rightClauseEnd } from "../facts/clause.ts";

/**
 * The last words of an issue that names the money itself, not what it is for: "a $500 million
 * loan" gives "issue:loan", "C$1.2 billion in support" "issue:support". A fund is left out: "to
 * the youth exchange fund" names where the money goes.
 */
const MONEY_HEADS = new Set([
  "loan",
  "loans",
  "grant",
  "grants",
  "credit",
  "credits",
  "aid",
  "support",
  "package",
  "funding",
  "financing",
  "investment",
  "investments",
  "facility",
  "tranche",
  "assistance",
  "money",
  "contribution",
  "pledge",
  "bailout",
]);

/** Words that take the party money goes to: "to Kenya", "for the utility", "into Zambia". */
const OBJECT_PREPOSITIONS = new Set(["to", "for", "into", "in", "towards", "toward"]);

/** Words between such a preposition and its party: "to the", "for its". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her"]);

/** "€210 million from its Connecting Europe Facility": the pot paid out of, not into. */
const FROM_BEFORE = /\bfrom\s+(?:(?:the|its|their|his|her)\s+)?$/i;

/** "€50 million to the Green Transition Facility": the pot paid into is where the money goes. */
const INTO_BEFORE = /\b(?:to|into)\s+(?:(?:the|its|their|his|her|a|an)\s+)?$/i;

/** How far before the issue's words "from" or "to" is looked for. */
const FROM_REACH = 30;

/** Whether the rules' recipient names the money itself or the pot it is paid from. */
export function namesTheMoney(f: FundingMention, s: AnalyzedSentence): boolean {
  const r = f.recipient;
  if (r === undefined || "actor" in r) return false;
  const before = wordsBefore(r.issue, f, s);
  // "…to the facility": an issue the sentence does not hold was read back from a thing the
  // article named before ("a Pacific resilience facility"), a pot paid into, not the money.
  if (before === undefined || INTO_BEFORE.test(before)) return false;
  const head = r.issueKey.slice(r.issueKey.lastIndexOf("-") + 1).replace(/^issue:/, "");
  return MONEY_HEADS.has(head) || FROM_BEFORE.test(before);
}

/**
 * The words right before the issue's, after the amount: "…granted €210 million from its ";
 * nothing when they stand before it ("…$850m under the Extended Fund Facility with $250m…"), and
 * undefined when the sentence does not hold them at all.
 */
function wordsBefore(issue: string, f: FundingMention, s: AnalyzedSentence): string | undefined {
  const text = s.sentence.text;
  const lower = text.toLowerCase();
  const words = issue.toLowerCase();
  const at = lower.indexOf(words, f.money.end - s.sentence.start);
  if (at >= 0) return text.slice(Math.max(0, at - FROM_REACH), at);
  return lower.includes(words) ? "" : undefined;
}

/**
 * The parties the amount's clause gives money to by a preposition: countries and bodies after
 * "to", "for", "into" or "in", not the payer. "The bank approved a $500 million loan for Zambia's
 * rail line": Zambia.
 */
export function clauseObjects(
  f: FundingMention,
  s: AnalyzedSentence,
  actors: readonly Actor[],
): Set<string> {
  const text = s.sentence.text;
  const start = s.sentence.start;
  const from = leftClauseStart(text, start, f.money.start);
  const to = rightClauseEnd(text, start, f.money.end);
  const out = new Set<string>();
  for (const a of actors) {
    if (a.label === "Person" || a.key === f.funder?.key) continue;
    if (a.start < from || a.end > to) continue;
    if (OBJECT_PREPOSITIONS.has(prepositionBefore(s, a.from))) out.add(a.key);
  }
  return out;
}

/** The word before token `at`, past one determiner. */
function prepositionBefore(s: AnalyzedSentence, at: number): string {
  let i = at - 1;
  if (i >= 0 && DETERMINERS.has(s.tokens[i]!.lower)) i--;
  return i >= 0 ? s.tokens[i]!.lower : "";
}

/**
 * What the recipient model reads of a candidate against an issue of the rules that names the
 * money: on the rules' issue, that it does ("issue:money") and whether the clause gives money to
 * a party by a preposition too; on a country or body, whether it is such a party ("object"),
 * crossed with the rules' choice being such an issue. "Japan signed a ¥45 billion loan for the
 * metro in Côte d'Ivoire": "loan" names the money; the state after "in" is where it goes.
 */
export function moneyIssueFeatures(
  key: string,
  rule: boolean,
  money: boolean,
  objects: ReadonlySet<string>,
): string[] {
  if (key.startsWith("issue:")) {
    if (!rule || !money) return [];
    return objects.size > 0 ? ["issue:money", "issue:money×object"] : ["issue:money"];
  }
  if (!objects.has(key)) return [];
  return money ? ["object", "object×issue:money"] : ["object"];
}
