import { ownCurrency } from "../gazetteer/countries.ts";
import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart } from "./clause.ts";
import type { FundingContext, Party } from "./find-funding.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import { STATE_ORGANS } from "./funding-home-state.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "The government has allocated…", "At home, a government decree released…", "The draft budget
 * adopted on Wednesday sets aside…": a state's organ, or its budget or decree, as the subject of
 * the amount's clause, named without its state.
 */
const STATE_ORGAN_SUBJECT = new RegExp(
  String.raw`^\W*(?:[\w,]+\s+){0,3}?(?:the\s+(?:(?:central|federal|national|new|draft|revised|supplementary|annual|\d{4})\s+){0,2}(?:${STATE_ORGANS}|budget)|(?:a|the)\s+(?:new\s+)?(?:government|cabinet|presidential|executive)\s+(?:decree|order|resolution|decision))\b(?!\s+of\b|['’]s)`,
  "i",
);

/** ", and", ", while": where a coordinated clause with a subject of its own begins. */
const JOINED_CLAUSE = /,\s*(?:and|while|whereas|but)\s+/i;

/** Currencies that many states pay in, or lend in: they tell no state. */
const SHARED_CURRENCY = /^(?:USD|EUR)$/;

/**
 * "The United States announced $45 million in food aid. The government has allocated 1.8 billion
 * taka from its own budget…": a state's organ named without its state that spends the currency of
 * one state the article names is that state's — not the donor or lender of the sentence before,
 * who would not pay in the borrower's money. Not for dollars or euros.
 */
export function ownCurrencyGovernment(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  context: FundingContext,
): Party | undefined {
  if (SHARED_CURRENCY.test(money.currency)) return undefined;
  const clause = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  const own = clause.split(JOINED_CLAUSE).at(-1) ?? clause;
  const subject = STATE_ORGAN_SUBJECT.exec(own);
  if (subject === null || !FUNDING_VERB.test(own.slice(subject[0].length))) return undefined;
  return currencyState(money, actors, context);
}

/** "…co-financed with 120 million soles from the national treasury": the state's own purse. */
const FROM_TREASURY =
  /^\s*(?:\([^()]*\)\s*)?,?\s*from\s+(?:the\s+)?(?:national|state|federal|public)\s+(?:treasury|budget|coffers)\b/i;

/**
 * "The fund approved $85 million for the system, co-financed with 120 million soles from the
 * national treasury": money from a state's own treasury in the currency of one state the article
 * names is that state's, whoever else the sentence names as a payer. Not for dollars or euros.
 */
export function treasuryState(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  context: FundingContext,
): Party | undefined {
  if (SHARED_CURRENCY.test(money.currency) || !FROM_TREASURY.test(text.slice(money.end - start)))
    return undefined;
  return currencyState(money, actors, context);
}

/** The one state the article names whose own currency the amount is in. */
function currencyState(
  money: MoneyMention,
  actors: readonly Actor[],
  context: FundingContext,
): Party | undefined {
  const named = new Set([
    ...context.countries,
    ...(context.mentions?.keys() ?? []),
    ...actors.flatMap((a) => (a.label === "Country" ? [a.key.slice("country:".length)] : [])),
  ]);
  const states = [...named].filter((c) => ownCurrency(c) === money.currency);
  const [state, ...more] = states;
  return state === undefined || more.length > 0
    ? undefined
    : { key: `country:${state}`, label: "Country" };
}
