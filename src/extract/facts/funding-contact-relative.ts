import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart } from "./clause.ts";
import type { Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";

/** What may open a relative clause right after the amount: nothing, or "that"/"which" (then the subject's article). */
const OPENER = /^\s+(?:(?:that|which)\s+)?(?:the\s+)?$/i;

/** After the relative clause's subject: its verb of giving, perhaps with an auxiliary. */
const GIVING_VERB =
  /^\s+(?:(?:has|had|have|will|would|is|was|were|already|just|recently|also)\s+)*(?:\w+ly\s+)?(?:given|gave|gives|lent|lends|loaned|pledged|pledges|approved|approves|provided|provides|granted|grants|promised|committed|sent|sends|offered|offers|allocated|allocates|disbursed|donated|donates|extended|transferred|earmarked|released|deposited|put up|made available|set aside)\b/i;

/** The main clause's subject takes the money: "Tunisia will use the $120 million…". */
const TAKER_VERB =
  /^\s+(?:(?:will|would|has|have|had|is|are|was|were|can|could|plans to|intends to|hopes to|wants to|also|now|already|just|still)\s+)*(?:us(?:e|es|ed|ing)|spend\w*|spent|put(?:s|ting)?|channel\w*|invest\w*|receiv\w*|welcom\w*|got|gets?|getting|draw\w*|need\w*|count\w* on|rel(?:y|ies|ied|ying) on)\s+(?:(?:all|most|part|some|half)\s+of\s+)?(?:the|this|that)\s+$/i;

/**
 * A relative clause with no "that", right after the amount, whose subject gave it: "With the $120
 * million the fund has given us, we will finish the clinic", "Tunisia will use the $120 million
 * Saudi Arabia approved in May for a hospital". The relative clause's subject pays — not the one
 * that uses or receives the money, who opens the main clause. The recipient is the object after
 * the verb of giving ("given us", "lent Kenya"), else the main clause's subject when its verb takes
 * the money ("will use", "spent", "received").
 */
export function contactRelative(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): { funder: Party; recipient: { actor: Party } } | undefined {
  const giver = actors.find(
    (a) => a.start > money.end && OPENER.test(text.slice(money.end - start, a.start - start)),
  );
  if (giver === undefined || giver.possessive) return undefined;
  const verb = GIVING_VERB.exec(text.slice(giver.end - start));
  if (verb === null) return undefined;
  const funder = payer(giver);
  if (funder === undefined) return undefined;
  const verbEnd = giver.end + verb[0].length;
  const object = actors.find(
    (a) => a.label !== "Person" && /^\s+$/.test(text.slice(verbEnd - start, a.start - start)),
  );
  const recipient = object === undefined ? taker(text, start, money, actors) : payer(object);
  if (recipient === undefined || recipient.key === funder.key) return undefined;
  return { funder, recipient: { actor: recipient } };
}

/** The main clause's subject whose verb takes the money ("Tunisia will use the…"). */
function taker(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Party | undefined {
  const clause = leftClauseStart(text, start, money.start);
  const subject = actors.findLast((a) => a.start >= clause && a.end <= money.start && !a.place);
  if (subject === undefined) return undefined;
  return TAKER_VERB.test(text.slice(subject.end - start, money.start - start))
    ? payer(subject)
    : undefined;
}
