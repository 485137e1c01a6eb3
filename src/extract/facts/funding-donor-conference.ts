import type { Actor } from "../resolve/actor.ts";
import { rightClauseEnd } from "./clause.ts";
import type { Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/**
 * " at a donors' conference for ", " to an international pledging conference on the ": a
 * gathering held to raise money for the party named right after it, told after the amount.
 */
const FOR_WHOM =
  /^[^.;]{0,60}?\s(?:at|to|during)\s+(?:an?\s+|the\s+)?(?:(?:international|virtual|one-day|two-day|high-level|ministerial|emergency)\s+)*(?:donors?['’]?|pledging|aid|humanitarian|reconstruction|recovery)\s+(?:conference|summit|meeting|appeal|event)\s+(?:for|on)\s+(?:the\s+)?$/i;

/** Cheap test: a word a pledging gathering may be named by. */
const GATHERING_HINT = /donor|pledging|humanitarian|reconstruction|recovery|\baid\b/i;

/**
 * "Germany pledged €50 million at a donors' conference for Sudan": the money goes to the party
 * the conference was held for, not to its host or its place ("in London" after it).
 */
export function conferenceRecipient(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Party | undefined,
): Party | undefined {
  const end = rightClauseEnd(text, start, money.end);
  if (!GATHERING_HINT.test(text.slice(money.end - start, end - start))) return undefined;
  const party = actors.find(
    (a) =>
      a.start > money.end &&
      a.end <= end &&
      a.label !== "Person" &&
      a.key !== funder?.key &&
      FOR_WHOM.test(text.slice(money.end - start, a.start - start)),
  );
  return party === undefined ? undefined : { key: party.key, label: party.label };
}
