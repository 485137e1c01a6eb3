import type { Actor } from "../resolve/actor.ts";
import type { Party, Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";

/** "a 30 billion yuan (about $4.1 billion) credit line between ": a deal's two sides follow. */
const DEAL_BETWEEN =
  /^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:loan|credit line|credit|facility|financing|loan agreement)\s+between\s+(?:the\s+)?$/i;

/** "three yen loans worth a combined ": the deal named before its amount. */
const DEAL_WORTH =
  /\b(?:loans?|credit lines?|credits?|facilit(?:y|ies)|financing|loan agreements?)\s+(?:worth|totall?ing|amounting to|of)\s+(?:(?:a combined|a total of|about|some|nearly|around|roughly|more than)\s+)?$/i;

/** " between the ", " (about $1.7 billion) between ": right after such an amount, its two sides. */
const WORTH_BETWEEN = /^\s*(?:\([^)]*\)\s*)?between\s+(?:the\s+)?$/i;

/**
 * "Brazil and China will sign a 30 billion yuan credit line between the China Development Bank
 * and Brazil's development bank BNDES": a loan between a lending body and a second party is the
 * body's to the other — the body is named first, as the lender is in such phrases.
 */
export function lenderBetween(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): { funder: Party; recipient: Recipient } | undefined {
  if (!text.includes(" between ")) return undefined;
  const lender = actors.find(
    (a) =>
      a.label === "Organization" &&
      a.start > money.end &&
      a.start - money.end < 80 &&
      (DEAL_BETWEEN.test(text.slice(money.end - start, a.start - start)) ||
        // "…signed three yen loans worth a combined ¥260 billion between the agency and…".
        (WORTH_BETWEEN.test(text.slice(money.end - start, a.start - start)) &&
          DEAL_WORTH.test(text.slice(Math.max(0, money.start - start - 60), money.start - start)))),
  );
  if (lender === undefined) return undefined;
  const other = actors.find(
    (a) =>
      a.start >= lender.end &&
      /^\s*(?:\([^)]*\)\s*)?\s+and\s+(?:the\s+)?$/i.test(
        text.slice(lender.end - start, a.start - start),
      ),
  );
  // "between the Central Bank of Kenya and the IMF": with a body of no state second, who lends is
  // not told by the order.
  if (other === undefined || (other.label === "Organization" && other.country === undefined))
    return undefined;
  const funder = payer(lender);
  const recipient = payer(other);
  return funder === undefined || recipient === undefined || recipient.key === funder.key
    ? undefined
    : { funder, recipient: { actor: recipient } };
}
