import type { Actor } from "../resolve/actor.ts";
import { ownCurrency } from "../gazetteer/countries.ts";
import type { Party, Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { payerState } from "./funding-home-state.ts";

/** A body whose name says it lends: a bank, a fund, a finance corporation. */
const LENDER = /bank|fund|monetary|financ|invest|credit|export-import|exim/;
/** A central bank is a swap's other side, not a lender to a state. */
const MONETARY_AUTHORITY = /central-bank|national-bank|reserve-bank|monetary-authority/;
/** Verbs two sides do together, which say nothing of who pays whom. */
const TWO_SIDED = /\b(?:sign\w*|agree\w*|conclud\w*|finali[sz]\w*|renew\w*)\b/i;

/**
 * "Pakistan signed a $500 million loan with the Asian Development Bank": a state that signs money
 * with a lender borrows it, whichever of them is the subject.
 */
export function lenderFirst(
  text: string,
  start: number,
  actors: readonly Actor[],
  funder: Party | undefined,
  recipient: Recipient | undefined,
  currency?: string,
): { funder: Party | undefined; recipient: Recipient | undefined } {
  const other = recipient !== undefined && "actor" in recipient ? recipient.actor : undefined;
  if (funder?.label === "Country" && other?.label === "Country")
    return stateSignedWith(text, start, actors, funder, other, currency) ?? { funder, recipient };
  if (
    funder?.label !== "Country" ||
    other?.label !== "Organization" ||
    MONETARY_AUTHORITY.test(other.key) ||
    !TWO_SIDED.test(text) ||
    !actors.some((a) => a.key === other.key && signsWith(text, start, a, funder.key, actors))
  )
    return { funder, recipient };
  return { funder: other, recipient: { actor: funder } };
}

/** "with the ", "with the miner ", "with China's state-owned ": what opens the other side of a deal. */
const WITH_SIDE =
  /\bwith\s+(?:the\s+)?(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,2}|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s+(?:(?:state-owned|state-run|state)\s+)?)$/u;

/** "Kenya and the ": the state, then the body that signs beside it. */
const AND_SIDE = /^\s+and\s+(?:the\s+)?$/i;

/** "…a final investment agreement with ": the other side of the deal puts its money in. */
const INVESTMENT_DEAL_WITH =
  /\binvestment\s+(?:agreement|deal|accord|contract|pact)s?\s+with\s+[^,;.]{0,40}$/i;

/**
 * Whether `body` signs with the state `state` as the side that pays: a lender named after "with"
 * ("signed a $500 million loan with the Asian Development Bank") or beside the state as joint
 * subject ("Kenya and the African Development Bank signed a $200 million loan"), or any body
 * after "with" that an investment agreement names ("signed an investment agreement with Spain's
 * Repsol").
 */
function signsWith(
  text: string,
  start: number,
  body: Actor,
  state: string,
  actors: readonly Actor[],
): boolean {
  const before = text.slice(0, body.start - start);
  const withIt = WITH_SIDE.test(before.slice(-60));
  if (LENDER.test(body.key)) {
    if (withIt) return true;
    return actors.some(
      (a) =>
        a.key === state &&
        a.end <= body.start &&
        AND_SIDE.test(text.slice(a.end - start, body.start - start)),
    );
  }
  return withIt && INVESTMENT_DEAL_WITH.test(before.slice(-100));
}

/**
 * "…signed a loan agreement with ", "a $2 billion credit deal with ": an agreement to borrow. Not a
 * grant agreement: the state that signs one with another state is most often its donor ("Japan
 * signed a $90 million grant agreement with Nepal"), so the grant keeps the subject as payer.
 */
const BORROWING_AGREEMENT_WITH =
  /\b(?:loan|credit|lending|financing)\s+(?:agreement|deal|accord|contract|pact)s?\s+with\s+(?:the\s+)?$/i;

/**
 * "Kazakhstan signed a loan agreement with Russia", "Egypt sealed a $25 billion loan deal with
 * Russia": a state that signs an agreement to borrow with another state borrows from it — the
 * borrower announces the loan it gets. Not when the money is in the subject's own currency ("Japan
 * signed a 30 billion yen loan agreement with India"): that currency is the lender's.
 */
function stateSignedWith(
  text: string,
  start: number,
  actors: readonly Actor[],
  funder: Party,
  other: Party,
  currency: string | undefined,
): { funder: Party; recipient: Recipient } | undefined {
  if (currency !== undefined && currency === currencyOf(funder, actors)) return undefined;
  const signed = actors.some(
    (a) =>
      a.key === other.key &&
      !a.possessive &&
      BORROWING_AGREEMENT_WITH.test(text.slice(Math.max(0, a.start - start - 60), a.start - start)),
  );
  return signed ? { funder: other, recipient: { actor: funder } } : undefined;
}

/**
 * "Argentina and China renewed a swap line of 35 billion yuan": of two sides that sign, the one
 * whose own currency the money is in provides it (not for dollars or euros, which many lend).
 */
export function currencySide(
  text: string,
  actors: readonly Actor[],
  money: MoneyMention,
  funder: Party | undefined,
  recipient: Recipient | undefined,
): { funder: Party | undefined; recipient: Recipient | undefined } {
  const other = recipient !== undefined && "actor" in recipient ? recipient.actor : undefined;
  if (funder === undefined || other === undefined || /^(?:USD|EUR)$/.test(money.currency))
    return { funder, recipient };
  const owns = (p: Party): boolean => currencyOf(p, actors) === money.currency;
  // A lender lends in its borrower's currency too ("a 50 billion CFA franc loan with Côte
  // d'Ivoire"): only between states or their central banks does the currency tell.
  const state = (p: Party): boolean => p.label === "Country" || MONETARY_AUTHORITY.test(p.key);
  return TWO_SIDED.test(text) && state(funder) && state(other) && owns(other) && !owns(funder)
    ? { funder: other, recipient: { actor: funder } }
    : { funder, recipient };
}

function currencyOf(party: Party, actors: readonly Actor[]): string | undefined {
  const iso3 = payerState(party, actors);
  return iso3 === undefined ? undefined : ownCurrency(iso3);
}

/** "a $500 million policy-based loan with the Asian Development Bank": what the lender signs. */
const WITH_LENDER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:loans?|grants?|credits?|credit lines?|facilit(?:y|ies)|financing|agreements?)\s+with\s+(?:the\s+)?$/i;

/**
 * "Indonesia lined up $1.2 billion, signing a $500 million loan with the Asian Development Bank":
 * with no payer of its own, money signed with a lender is the lender's.
 */
export function withLender(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Party | undefined {
  const lender = actors.find(
    (a) =>
      a.start > money.end &&
      a.label === "Organization" &&
      LENDER.test(a.key) &&
      !MONETARY_AUTHORITY.test(a.key) &&
      WITH_LENDER.test(text.slice(money.end - start, a.start - start)),
  );
  return lender === undefined ? undefined : { key: lender.key, label: lender.label };
}
