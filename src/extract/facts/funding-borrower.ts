import type { Actor } from "../resolve/actor.ts";
import type { FundingContext, FundingMention, Party } from "./find-funding.ts";
import { payer } from "./stance-actor.ts";

/** A state's possessive right before the amount: "Pakistan's $7 billion", "Ghana's about $3 billion". */
const POSSESSIVE_GAP = /^['’]s?\s+(?:(?:about|some|nearly|around|roughly|almost)\s+)?$/i;
/** What a state is always lent, never gives: "bailout", "rescue". */
const RECEIVED_NOUN = /^\s+(?:[\w-]+\s+){0,3}?(?:bailout|rescue)\b/i;
/**
 * A programme a lender runs for a state ("Pakistan's $7 billion Extended Fund Facility"): the
 * state's only when a lending body is in view, and the noun names no one it is for ("China's $10
 * billion programme for Africa" is China's to give).
 */
const PROGRAMME_NOUN =
  /^\s+(?:[\w-]+\s+){0,3}?(?:programme|program|facility|arrangement)\b(?!\s+(?:for|to|in)\b)/i;

/** "The fund said…", "the bank's board": a lending body by its kind. */
const LENDER_WORD = /\bthe\s+(?:fund|bank|lender)\b/i;
/** "$1 billion tranche under", "a $500 million disbursement from": a part, then its whole. */
const PART_UNDER = /^\s+(?:[\w-]+\s+){0,2}?(?:under|from|of)\s+$/i;

/**
 * "The IMF released $1 billion under Pakistan's $7 billion Extended Fund Facility", "the review
 * of Sri Lanka's $2.9 billion bailout": a state owning a bailout, or a lender's programme, is
 * what receives it. The state is set as the recipient; if it was read as the payer, the payer of
 * the amount before in the sentence, else the one in view, pays instead — if a body, else none.
 */
export function possessiveBorrowers(
  found: FundingMention[],
  text: string,
  start: number,
  actors: readonly Actor[],
  context: FundingContext,
): FundingMention[] {
  if (!found.some((f) => borrowerOf(f, text, start, actors, context) !== undefined)) return found;
  return found.map((f, i) => {
    const borrower = borrowerOf(f, text, start, actors, context);
    if (borrower === undefined) return trancheOf(f, found[i + 1], text, start, actors, context);
    const lender =
      f.funder?.key === borrower.key ? bodyOf(found[i - 1]?.funder ?? context.funder) : f.funder;
    return { ...f, funder: lender, recipient: { actor: borrower } };
  });
}

function borrowerOf(
  f: FundingMention,
  text: string,
  start: number,
  actors: readonly Actor[],
  context: FundingContext,
): Party | undefined {
  const owner = actors.findLast((a) => a.end <= f.money.start);
  if (owner === undefined || !owner.possessive) return undefined;
  if (!POSSESSIVE_GAP.test(text.slice(owner.end - start, f.money.start - start))) return undefined;
  const state = payer(owner);
  if (state?.label !== "Country") return undefined;
  const after = text.slice(f.money.end - start, f.money.end - start + 60);
  if (RECEIVED_NOUN.test(after)) return state;
  if (!PROGRAMME_NOUN.test(after)) return undefined;
  const lending =
    actors.some((a) => a.label === "Organization" && a.country === undefined) ||
    context.funder?.label === "Organization" ||
    LENDER_WORD.test(text);
  return lending ? state : undefined;
}

function bodyOf(party: Party | undefined): Party | undefined {
  return party?.label === "Organization" ? party : undefined;
}

/**
 * "…released a $1 billion tranche under Pakistan's $7 billion Extended Fund Facility": an amount
 * paid under the whole a state borrows goes to that state too, unless it names a party of its own.
 */
function trancheOf(
  f: FundingMention,
  next: FundingMention | undefined,
  text: string,
  start: number,
  actors: readonly Actor[],
  context: FundingContext,
): FundingMention {
  if (next === undefined || (f.recipient !== undefined && "actor" in f.recipient)) return f;
  const borrower = borrowerOf(next, text, start, actors, context);
  const owner = actors.findLast((a) => a.end <= next.money.start);
  if (borrower === undefined || owner === undefined) return f;
  if (!PART_UNDER.test(text.slice(f.money.end - start, owner.start - start))) return f;
  return { ...f, recipient: { actor: borrower } };
}
