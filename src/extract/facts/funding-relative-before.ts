import type { Actor } from "../resolve/actor.ts";
import { MONEY_NOUNS } from "./funding-agent.ts";
import { FUNDING_VERB, RECEIVE } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";

/** The sentence opens on a money noun whose relative clause begins: "The loan, which the". */
const NOUN_RELATIVE = new RegExp(
  String.raw`^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${MONEY_NOUNS}|money|sum|amount|funds)s?\s*,?\s*(?:which|that)\s+(?:the\s+)?$`,
  "i",
);
/** Between the clause's verb and its recipient: "lent to", "granted", "invested in". */
const TO_RECIPIENT = /^\s*(?:(?:to|for|in|into)\s+)?(?:the\s+)?$/i;
/** After the clause: the noun's own verb giving its amount ("…, totals", "is worth"). */
const AMOUNT_VERB =
  /,?\s+(?:totals|totalled|totaled|is|was|are|were|amounts to|amounted to|comes to|came to|is worth|was worth|runs to|ran to)\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|almost\s+|more than\s+|over\s+|up to\s+)?$/i;

/**
 * "The money, which China lent to Zambia on Monday, totals $500 million", "The grant that
 * Norway signed with Malawi is worth…": a money noun opening the sentence, a relative clause
 * naming who gives it to whom, then the noun's amount.
 */
export function relativeBefore(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): { funder: Actor; recipient: Actor | undefined } | undefined {
  const before = text.slice(0, money.start - start);
  if (!/\b(?:which|that)\b/i.test(before)) return undefined;
  const funder = actors.find(
    (a) =>
      a.end <= money.start && !a.possessive && NOUN_RELATIVE.test(text.slice(0, a.start - start)),
  );
  if (funder === undefined || funder.label === "Person") return undefined;
  const verb = FUNDING_VERB.exec(text.slice(funder.end - start, money.start - start));
  if (verb === null) return receivedFrom(text, start, money, actors, funder);
  const verbEnd = funder.end + verb[0].length;
  const recipient = actors.find(
    (a) =>
      a.start >= verbEnd &&
      a.end <= money.start &&
      a.label !== "Person" &&
      TO_RECIPIENT.test(text.slice(verbEnd - start, a.start - start)),
  );
  const tail = text.slice((recipient?.end ?? verbEnd) - start, money.start - start);
  // The clause ends before the amount: no other party or amount lies between.
  if (tail.length > 80 || /[\p{Sc}\d]/u.test(tail) || !AMOUNT_VERB.test(tail)) return undefined;
  return { funder, recipient };
}

/** "received from", "secured from": a verb of receiving, then the one it came from. */
const FROM_AFTER = /^\s*(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$/i;

/**
 * "The money that Kenya received from China was $500 million": the relative clause's subject
 * receives, and the party after its "from" gives.
 */
function receivedFrom(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  subject: Actor,
): { funder: Actor; recipient: Actor | undefined } | undefined {
  const verb = RECEIVE.exec(text.slice(subject.end - start, money.start - start));
  if (verb === null || verb.index > 20) return undefined;
  const verbEnd = subject.end + verb.index + verb[0].length;
  const giver = actors.find(
    (a) =>
      a.start >= verbEnd &&
      a.end <= money.start &&
      a.label !== "Person" &&
      FROM_AFTER.test(text.slice(verbEnd - start, a.start - start)),
  );
  const tail = giver === undefined ? "" : text.slice(giver.end - start, money.start - start);
  if (giver === undefined || tail.length > 80 || /[\p{Sc}\d]/u.test(tail)) return undefined;
  return AMOUNT_VERB.test(tail) ? { funder: giver, recipient: subject } : undefined;
}
