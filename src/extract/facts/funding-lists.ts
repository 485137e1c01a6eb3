import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext, FundingMention } from "./find-funding.ts";
import { partyOf } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";

/** Between the party and its amount: a colon or a dash, and perhaps an approximation. */
const SEPARATOR =
  /^\s*[:–¬—¦,-]\s*(?:(?:about|around|some|nearly|almost|roughly|more than|over|up to|at least|an additional|a further|another)\s+)?$/i;
/** After the amount: an end mark, perhaps after a bracketed note or a short "for food aid". */
const NOTHING_AFTER =
  /^\s*(?:\([^)]*\))?\s*(?:(?:for|in|towards?)\s+[^.;:()\d]{1,60}?)?\s*[.;,]?\s*$/;

/**
 * "The pledges included:" followed by list items such as "Germany: €244 million" or "The
 * European Union — €355 million": right after a sentence about money given (or another such
 * item), an item naming one party and one amount is that party's contribution, to the
 * recipient in view. `money` is the item's only amount (find-funding checks that, and the talk).
 */
export function listItemFunding(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
  money: MoneyMention,
  context: FundingContext,
): FundingMention | undefined {
  const { text, start } = sentence.sentence;
  if (!NOTHING_AFTER.test(text.slice(money.end - start))) return undefined;
  const before = actors.filter((a) => a.end <= money.start);
  const party = before.at(-1);
  if (party === undefined || before.length > 1) return undefined;
  // The party opens the item ("Germany:", "The United States:"), its amount follows the mark.
  if (!/^\s*(?:the\s+)?$/i.test(text.slice(0, party.start - start))) return undefined;
  if (!SEPARATOR.test(text.slice(party.end - start, money.start - start))) return undefined;
  const funder = partyOf(party);
  const recipient = recipientInView(context, funder?.key);
  return funder === undefined || recipient === undefined
    ? undefined
    : { funder, recipient, money, purpose: undefined };
}

/**
 * Whom verbless pledges (list items, amounts in brackets) go to: the recipient of the money
 * reported before them, else the country the article named first ("Governments pledged new
 * money for millions of people in Malawi, Zimbabwe and Lesotho…"), unless that is the payer.
 * Undefined when the article has reported no money given and named no country.
 */
export function recipientInView(
  context: FundingContext,
  payer: string | undefined,
): FundingContext["recipient"] {
  if (context.recipient !== undefined) return context.recipient;
  const first = context.countries.at(-1);
  const key = first === undefined ? undefined : `country:${first}`;
  return key === undefined || key === payer ? undefined : { actor: { key, label: "Country" } };
}

/**
 * "Pledges came from Saudi Arabia ($1bn), Qatar ($500m) and Kuwait ($300m)": an amount in
 * brackets right after a party is that party's, and so is one in ", with $500 million,".
 */
export function bracketedPayer(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  // "…came from Saudi Arabia, with $500 million, and the UAE, with $300 million": the same list
  // with commas for brackets.
  const after = text.slice(money.end - start);
  const bracket = /^\s*\)/.test(after);
  if (!bracket && !/^\s*(?:[,.;]|and\b|$)/.test(after)) return undefined;
  const opening = (
    bracket
      ? /\(\s*(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?$/i
      : /,\s*with\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?$/i
  ).exec(text.slice(0, money.start - start));
  if (opening === null) return undefined;
  const at = start + opening.index;
  return actors.find(
    (a) => a.label !== "Person" && /^\s*$/.test(text.slice(a.end - start, at - start)),
  );
}

/**
 * The recipient of bracketed amounts: the party the money is said to be for or to ("Pledges for
 * Lebanon came from…"), other than the payers that brackets follow.
 */
export function listedRecipient(
  text: string,
  start: number,
  actors: readonly Actor[],
): Actor | undefined {
  return actors.find(
    (a) =>
      a.label !== "Person" &&
      !/^\s*(?:\(|,\s*with\b)/.test(text.slice(a.end - start)) &&
      /\b(?:for|to)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, a.start - start - 12), a.start - start),
      ),
  );
}
