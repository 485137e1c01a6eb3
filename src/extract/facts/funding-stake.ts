import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart } from "./clause.ts";
import type { FundingContext, Party, Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";

/** Cheap gate: a word of equity. */
const EQUITY_WORD = /\b(?:stake|equity|share)\b/i;

/**
 * What stands between the amount and the thing invested in:
 * "[take a $150 million] (equity) stake in", "[invest $1 billion] for a 60% share of", "[$300
 * million] as an equity contribution to", "[a stake] worth [$80 million] in".
 */
const STAKE_AFTER =
  /^\s+(?:(?:equity\s+)?stake|(?:for|in return for|in exchange for)\s+(?:a|an|its|their)\s+(?:(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|majority|minority|controlling|large|small)\s+)?(?:equity\s+)?(?:share|stake|holding)|as\s+(?:a|an|its|their)\s+(?:(?:first|initial|additional)\s+)?equity\s+(?:contribution|investment|injection|stake|share)|in\s+equity)\s+(?:of|in|into|to)\s+/i;

/** "a 20% stake, worth $80 million, in": the worth of a stake named before the amount. */
const STAKE_WORTH_BEFORE = /\bstake,?\s+(?:worth|valued at)\s+$/i;
const IN_AFTER_WORTH = /^,?\s+in\s+/i;

/**
 * The verb before the amount: one of taking a stake or investing, not of buying or selling ("ADQ
 * acquired a $500 million stake in the port from its shareholders" is a purchase).
 */
const TAKES_BEFORE =
  /\b(?:tak(?:e|es|ing)|took|inject(?:s|ed|ing)?|invest(?:s|ed|ing)?|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|put(?:s|ting)?|provid(?:e|es|ed|ing)|approv(?:e|es|ed|ing))\b(?:\s+(?:up|in))?\s+(?:(?:a|an|its|about|some|nearly|around|up to|more than|another|a further)\s+)*$/i;

/** "[$1 billion] stake", "[$500 million] equity holding": the amount is a stake's. */
const NEAR_STAKE = /^\s+(?:[\w-]+\s+)?(?:stake|holding|shares)\b/i;

/** Selling or buying on a market: not money given. */
const TRADED =
  /\b(?:s[eo]ll\w*|sold|divest\w*|bought|buy\w*|acquir\w*|offload\w*|dispos\w*|list\w*)\b/i;

/** The thing invested in: a noun phrase up to the end of its clause. */
const TARGET =
  /^((?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}\d'’-]+\s+){0,6}?[\p{L}\d'’-]*[\p{L}\d])(?=\s*(?:[,.;:]|$|\b(?:which|that|who|after|before|by|from|with|while|as|under|this|next|last|when|over)\b))/u;

/**
 * An equity stake is money put into what it is a stake in. "The state development finance
 * corporation will take a $150 million stake in a copper project in Zambia", "Qatar agreed to
 * invest $1 billion for a 60% share of the new airport", "Tashkent pledged $300 million as an
 * equity contribution to the plant": the clause's subject pays, the project (or the state the
 * phrase names) receives. `null` for a stake sold or bought, which is no money given.
 */
export function equityStake(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  context: FundingContext,
  earlier: Recipient | undefined,
): { funder: Party; recipient: Recipient } | null | undefined {
  if (!EQUITY_WORD.test(text)) return undefined;
  const clause = leftClauseStart(text, start, money.start);
  const before = text.slice(clause - start, money.start - start);
  const after = text.slice(money.end - start, money.end - start + 160);
  const lead = STAKE_AFTER.exec(after) ?? worthOfStake(before, after);
  // "Glencore sold its $1 billion stake in the mine": a stake traded is no money given.
  if (TRADED.test(before) && (lead !== null || NEAR_STAKE.test(after))) return null;
  if (lead === null) return undefined;
  if (!TAKES_BEFORE.test(before) && !STAKE_WORTH_BEFORE.test(before)) return undefined;
  const funder =
    subjectParty(clause, money.start, actors) ??
    (PRONOUN_SUBJECT.test(before) ? inView(context) : undefined);
  if (funder === undefined) return undefined;
  const targetAt = money.end + lead.index + lead[0].length;
  const target = TARGET.exec(after.slice(lead.index + lead[0].length))?.[1];
  if (target === undefined) return undefined;
  // "a stake in Rwanda's airport": the project; "a stake in Zambia's copper" the same.
  const named = actors.find((a) => a.start === targetAt && a.label !== "Person");
  const recipient: Recipient =
    named !== undefined && !named.possessive
      ? { actor: { key: named.key, label: named.label } }
      : // "KoBold will invest $1.25 billion in Mingomba, while the IDC will put in $180 million
        // for a 20% stake in the operating company": a bare "the company" is what was just paid.
        ((GENERIC_TARGET.test(target) ? (earlier ?? context.recipient) : undefined) ??
        issueOf(target.replace(/^(?:the|a|an|its)\s+/i, "")));
  if ("actor" in recipient && recipient.actor.key === funder.key) return undefined;
  return { funder, recipient };
}

/** "the operating company", "the project", "the joint venture": a thing told of before. */
const GENERIC_TARGET =
  /^the\s+(?:(?:operating|project|joint|holding|new|same)\s+)?(?:company|venture|project|firm|plant|mine|scheme)$/;

/** "It will take…", "They are taking…": the clause opens on a pronoun. */
const PRONOUN_SUBJECT = /^\W*(?:it|they)\b/i;

/** The body, else the state, the sentence before opened on: what "it" taking a stake is. */
function inView(context: FundingContext): Party | undefined {
  if (context.subjectBody !== undefined) return { key: context.subjectBody, label: "Organization" };
  return context.subject === undefined
    ? undefined
    : { key: `country:${context.subject}`, label: "Country" };
}

/** "a 20% stake, worth $80 million, in the port": the "in" after the amount, as the lead. */
function worthOfStake(before: string, after: string): RegExpExecArray | null {
  return STAKE_WORTH_BEFORE.test(before) ? IN_AFTER_WORTH.exec(after) : null;
}

/** The party opening the clause: its first party, or the body a possessive state names. */
function subjectParty(
  clause: number,
  moneyStart: number,
  actors: readonly Actor[],
): Party | undefined {
  const inClause = actors.filter((a) => a.start >= clause && a.end <= moneyStart && !a.place);
  const first = inClause[0];
  if (first === undefined) return undefined;
  // "Saudi Arabia's Public Investment Fund will take…", "Indonesia's sovereign fund, the
  // Indonesia Investment Authority, will invest…": the body pays.
  const body = first.possessive
    ? inClause.find((a) => a !== first && a.label === "Organization")
    : undefined;
  return payer(body ?? first);
}
