import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart } from "./clause.ts";
import type { Party, Recipient } from "./find-funding.ts";
import { APPROXIMATELY, DEBT_PURPOSE, FURTHER } from "./funding-hedges.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";
import { letterGate } from "../text/letter-gate.ts";

/** "will spend an extra", "spent": the verb right before an amount spent on something. */
export const SPEND_BEFORE = new RegExp(
  String.raw`\b(?:spend|spends|spending|spent)\s+(?:(?:${FURTHER}|${APPROXIMATELY})\s+)?$`,
  "i",
);

/** Cheap test: a sentence without "spen" has no SPEND_BEFORE (asked of every amount). */
const maySpend = letterGate(SPEND_BEFORE);

/**
 * After the amount: a conversion and a period may stand before "on", then what it is spent on up
 * to the end of its clause ("on pay rises for university staff and new dormitories, a gesture…").
 */
const ON_PHRASE =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:this|next|each|every|a)\s+year\s+|over\s+(?:the\s+next\s+)?(?:\w+\s+)?years\s+|in\s+\d{4}\s+)?on\s+(?:the\s+|a\s+|an\s+)?([^,;.()]{3,120}?)(?=\s*(?:[,;.(]|$|\s(?:while|which|who|whose|as|said|says|after|before|because|from|this|next|last)\b))/iu;

/** " for ", " in ": what introduces the state the things bought are for or placed in. */
const FOR_PARTY = /\b(?:for|in)\s+(?:the\s+)?$/i;

/**
 * "Norway will spend 7 billion kroner this year on air defence systems for Ukraine", "on water
 * projects in Tonga", "the government would spend 10 billion dinars on pay rises for university
 * staff": money spent on something goes to the state the things are for, or placed in, when the
 * phrase names one (not the payer's own), else to the things themselves. Undefined for any other
 * amount, or debts paid.
 */
export function spentOn(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Party | undefined,
): Recipient | undefined {
  if (!maySpend(text)) return undefined;
  const before = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  if (!SPEND_BEFORE.test(before)) return undefined;
  const m = ON_PHRASE.exec(text.slice(money.end - start));
  const phrase = m?.[1];
  if (m === null || phrase === undefined || DEBT_PURPOSE.test(phrase)) return undefined;
  const from = money.end + m[0].length - phrase.length;
  const to = from + phrase.length;
  const state = actors.find(
    (a) =>
      a.label === "Country" &&
      a.start >= from &&
      a.end <= to &&
      a.key !== funder?.key &&
      FOR_PARTY.test(text.slice(from - start, a.start - start)),
  );
  return state === undefined
    ? issueOf(phrase.trim())
    : { actor: { key: state.key, label: state.label } };
}
