import type { Actor } from "../resolve/actor.ts";
import type { MoneyMention } from "./money.ts";
import type { FundingMention } from "./find-funding.ts";

/**
 * "Jordan signed financing agreements worth more than $1.5bn", "Kenya has signed loan deals
 * totalling $900 million": a verb of signing, plural financing agreements and their worth, right
 * before the amount. Its subject is the state named right before the verb.
 */
const SIGNED_DEALS_WORTH =
  /\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?signed\s+(?:(?:new|several|a series of|a set of|a raft of|\w+)\s+)?(?:financing|finance|loan|credit|funding|grant)\s+(?:agreements|deals|accords|contracts)\s+(?:\w+day\s+)?(?:worth|totall?ing|amounting to|valued at|of)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|up to)\s+)?$/i;

/**
 * The state that signs several financing agreements whose lenders the clause does not name: it
 * signs as the borrower, the money comes from an unnamed group of lenders, and the total has no
 * funder (the annotation rules leave such totals out). One party common to several deals that
 * names no counterpart is the side they all share, the one that borrows: "Jordan signed financing
 * agreements worth $1.5bn for the Aqaba-Amman project". Not a body that lends ("The Islamic
 * Development Bank Group signed financing agreements worth $1.2 billion"), nor deals whose other
 * side is named ("…worth $800 million with Egypt", "Japan and Vietnam signed loan agreements").
 */
function signingBorrower(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  const before = text.slice(0, money.start - start);
  const m = SIGNED_DEALS_WORTH.exec(before);
  if (m === null) return undefined;
  const verbAt = start + m.index;
  const signer = actors.findLast((a) => a.end <= verbAt);
  // A state by its name, right before the verb: not "the two sides", not "Japan and Vietnam".
  if (signer?.label !== "Country" || signer.end < verbAt - 1) return undefined;
  if (signer.via !== "country" && signer.via !== "name") return undefined;
  if (/\band\s*$/i.test(text.slice(0, signer.start - start))) return undefined;
  const clause = text.slice(money.end - start).split(/[;.]/)[0] ?? "";
  if (/\b(?:with|from|by)\s+(?:the\s+)?\p{Lu}/u.test(clause.split(",")[0] ?? "")) return undefined;
  return signer;
}

/** Each amount a state signed for as borrower: no payer, the state its recipient. */
export function borrowersSigned(
  found: readonly FundingMention[],
  text: string,
  start: number,
  actors: readonly Actor[],
): FundingMention[] {
  return found.map((f) => {
    const signer = signingBorrower(text, start, f.money, actors);
    return signer === undefined
      ? f
      : { ...f, funder: undefined, recipient: { actor: { key: signer.key, label: signer.label } } };
  });
}
