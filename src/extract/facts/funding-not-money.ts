import { joinTokens, type Token } from "../text/tokenize.ts";
import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import { moneyWordAt } from "../lexicon/money-words.ts";
import { INVEST_VERB } from "./funding-recipients.ts";

/**
 * The families of money words whose amount is no money given: a price or cost, a tax, a sale,
 * revenue, a debt, trade, an estimate, a fine (src/extract/lexicon/money-words.ts, from WordNet).
 * Compensation is given money ("approved €10 million in compensation for hauliers"), and a
 * request is read by the rules' unsettled words.
 */
const NOT_GIVEN_FAMILIES = new Set([
  "price",
  "tax",
  "sale",
  "revenue",
  "debt",
  "trade",
  "estimate",
  "penalty",
]);

/** Words that may link such a noun to the amount it names: "cost, roughly", "trade of about". */
const LINKS = new Set([
  ",",
  "of",
  "at",
  "is",
  "was",
  "were",
  "stood",
  "stands",
  "about",
  "around",
  "roughly",
  "some",
  "nearly",
  "almost",
  "over",
  "more",
  "than",
  "an",
  "estimated",
  "put",
]);

/** How many link words may stand between the noun and the amount. */
const MAX_LINKS = 4;

/** Nouns FUNCTION_WORDS holds that a money noun may qualify: "trade talks", "tax officials". */
const QUALIFIED_NOUNS = new Set([
  "talks",
  "meeting",
  "meetings",
  "officials",
  "sources",
  "analysts",
  "experts",
  "diplomats",
]);

/** The words that open a fronted partitive's noun: "Of the cost", "Of its budget". */
const DETERMINERS = new Set(["the", "this", "that", "its", "their"]);

/**
 * Whether the money word at a token is one of money not given. A capitalised word past the
 * sentence's first is a name's, not a word: "gave the Ministry of Trade $50 million" names no trade.
 */
function notGiven(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.capitalized === true && tokens.slice(0, at).some((t) => !t.punct)) return false;
  const w = moneyWordAt(tokens, at);
  return w !== undefined && NOT_GIVEN_FAMILIES.has(w.family);
}

/**
 * Whether the noun at `at` heads a fronted "of" phrase the amount is a part of: "Of the cost, $800
 * million will come from the World Bank" gives money towards the cost.
 */
function frontedPartitive(tokens: readonly Token[], at: number): boolean {
  const of = at - 2;
  return (
    of >= 0 &&
    tokens[of]!.lower === "of" &&
    (of === 0 || tokens[of - 1]!.punct) &&
    DETERMINERS.has(tokens[at - 1]!.lower)
  );
}

/**
 * Whether such a word ends its noun phrase ("in taxes since 2015", "in taxes and fees"), not
 * modifies another noun ("in revenue support", "in trade credits"): money given.
 */
function endsPhrase(tokens: readonly Token[], at: number): boolean {
  const w = moneyWordAt(tokens, at);
  const next = tokens[at + (w?.length ?? 1)];
  return (
    next === undefined ||
    next.punct ||
    (FUNCTION_WORDS.has(next.lower) && !QUALIFIED_NOUNS.has(next.lower))
  );
}

/**
 * Whether the amount is what a noun of money not given comes to: the noun right before it past
 * link words ("half of the design cost, roughly 2 billion zloty", "trade of about $9 billion a
 * year"), or after it as what it measures ("a $900 million sale of patrol boats"), what it is in
 * ("has paid $2 billion in taxes since 2015", "$1 billion in arms sales") or what it is ("the
 * $900 million is the price of the frigates"); not where the noun qualifies another ("a $500
 * million trade finance facility", "a €200 million debt swap").
 */
export function namesMoneyNotGiven(
  tokens: readonly Token[],
  span: { readonly start: number; readonly end: number },
): boolean {
  const money = tokenRange(tokens, span);
  let i = money.from - 1;
  for (let links = 0; i >= 0 && links < MAX_LINKS && LINKS.has(tokens[i]!.lower); links++) i--;
  if (i >= 0 && notGiven(tokens, i) && !frontedPartitive(tokens, i) && linked(tokens, i, money))
    return true;
  if (notGiven(tokens, money.to) && endsPhrase(tokens, money.to)) return true;
  const next = tokens[money.to]?.lower;
  if (next === "in") {
    // "in taxes", "in arms sales", "in annual revenue": the noun or the one after it — unless the
    // money is invested, and "in" names what in ("will invest €50 million in regional trade").
    const at = money.to + (notGiven(tokens, money.to + 1) ? 1 : 2);
    return (
      notGiven(tokens, at) &&
      endsPhrase(tokens, at) &&
      !INVEST_VERB.test(joinTokens(tokens, 0, money.from))
    );
  }
  if (next === "is" || next === "was") {
    const det = tokens[money.to + 1]?.lower;
    return (
      (det === "the" || det === "its") &&
      notGiven(tokens, money.to + 2) &&
      endsPhrase(tokens, money.to + 2)
    );
  }
  return false;
}

/**
 * Whether the amount after the noun at `noun` is what that noun comes to: straight after it
 * ("the cost of $5 million"), or set off by a comma as an aside that closes there ("the design
 * cost, roughly 2 billion zloty, in exchange…") — not the subject of a clause the noun's fronted
 * phrase opens ("Amid falling oil prices, $2 billion was lent to Nigeria").
 */
function linked(
  tokens: readonly Token[],
  noun: number,
  money: { from: number; to: number },
): boolean {
  for (let k = noun + 1; k < money.from; k++)
    if (tokens[k]!.lower === ",") return tokens[money.to] === undefined || tokens[money.to]!.punct;
  return true;
}

/** The tokens an amount's characters cover, as a half-open range. */
function tokenRange(
  tokens: readonly Token[],
  span: { readonly start: number; readonly end: number },
): { from: number; to: number } {
  let from = 0;
  while (from < tokens.length && tokens[from]!.end <= span.start) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.start < span.end) to++;
  return { from, to };
}
