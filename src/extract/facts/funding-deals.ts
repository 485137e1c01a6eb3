import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Party, Recipient } from "./find-funding.ts";
import { partyOf, subjectOf } from "./funding-parties.ts";
import { recipientOf } from "./funding-recipients.ts";
import { lenderFirst } from "./funding-direction.ts";
import { findMoney, type MoneyMention } from "./money.ts";
import { isUnsettledPayment } from "./modality.ts";
import { gatedTest } from "../text/letter-gate.ts";

/**
 * "The Asian Development Bank approved a loan for Pakistan on Friday. The loan, worth $500
 * million, …": a deal told without its amount names the payer and recipient of the amount that a
 * later sentence gives it. Read like an amount's parties, with the money noun standing in for it.
 */
const DEAL_NOUN =
  /\b(?:approv\w*|sign\w*|grant\w*|extend\w*|renew\w*|roll(?:s|ed|ing)? over|offer\w*|announc\w*|pledg\w*|provid\w*|agreed to (?:provide|lend|extend|give)|lend\w*|gave|give\w*)\s+(?:(?:a|an|the|its|new|fresh|further|second|third|two|three|several)\s+)*(?:[\w-]+\s+){0,2}?(loans?|credits?|credit lines?|grants?|packages?|financing|facilit(?:y|ies)|deposits?|swaps?)\b/i;

/** "talks with his Tunisian …", "met with the": a party after "with" is an object, no subject. */
const WITH_BEFORE = /\bwith\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

/** DEAL_NOUN is asked of every sentence; most have none of its nouns (see letter-gate.ts). */
const mayNameDeal = gatedTest(DEAL_NOUN);

export interface FundingDeal {
  readonly funder: Party;
  readonly recipient: Recipient | undefined;
}

export function fundingDeal(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
): FundingDeal | undefined {
  const { text, start } = sentence.sentence;
  // The deal noun is looked for first: it is rarer than an amount, and cheaper to find.
  if (!mayNameDeal(text) || findMoney(text, start).length > 0) return undefined;
  return dealIn(text, start, actors);
}

/**
 * "The World Bank's board approved two loans for Morocco: $350 million for water and…": the
 * amounts a colon lists are the parts of the deal told before it.
 */
export function dealBeforeColon(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): FundingDeal | undefined {
  const colon = text.lastIndexOf(":", money.start - start);
  if (colon < 0 || /[;.]/.test(text.slice(colon, money.start - start))) return undefined;
  return dealIn(text.slice(0, colon), start, actors);
}

/** The deal a text tells of: its money noun stands in for the amount. */
function dealIn(text: string, start: number, actors: readonly Actor[]): FundingDeal | undefined {
  const m = DEAL_NOUN.exec(text);
  const noun = m?.[1];
  if (m === null || noun === undefined) return undefined;
  const nounStart = start + m.index + m[0].length - noun.length;
  // Nothing unsettled: "has not approved a loan", "could sign a loan".
  if (isUnsettledPayment(text.slice(Math.max(0, nounStart - start - 60), nounStart - start)))
    return undefined;
  const stand: MoneyMention = {
    amount: 0,
    currency: "",
    start: nounStart,
    end: start + m.index + m[0].length,
  };
  const subject = subjectOf(text, start, stand, actors, undefined);
  const funder = partyOf(subject);
  if (funder === undefined || subject === undefined) return undefined;
  // "Dupont held talks with his Tunisian counterpart and announced the package": the one talked
  // with is no subject of the verb after "and"; who announced it is not read from this sentence.
  if (WITH_BEFORE.test(text.slice(Math.max(0, subject.start - start - 60), subject.start - start)))
    return undefined;
  const recipient = recipientOf(text, start, stand, actors, subject, false, start);
  const sides = lenderFirst(text, start, actors, funder, recipient);
  return sides.funder === undefined
    ? undefined
    : { funder: sides.funder, recipient: sides.recipient };
}
