import type { Actor } from "../resolve/actor.ts";
import { ownCurrency } from "../gazetteer/countries.ts";
import type { FundingContext, Party, Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/** The sides sign, agree or pledge: the verb right after them. */
const SIGNED = /^\s+(?:\w+\s+)?(?:signed|agreed|concluded|sealed|pledged|announced)\b/i;

/**
 * "In all, the two sides signed agreements worth about $345 million": two states named by one
 * word sign as one subject. The side that has been paying in the article pays (else the side
 * whose currency the amount is in), to the state in view (else the other side).
 */
export function twoSides(
  text: string,
  start: number,
  actors: readonly Actor[],
  money: MoneyMention,
  context: FundingContext,
): { funder: Party; recipient: Recipient } | undefined {
  const sides = actors.filter(
    (a) => a.via === "pronoun" && a.label === "Country" && a.end <= money.start,
  );
  const group = sides.filter((a) => a.start === sides.at(-1)?.start);
  const verb = group[0] === undefined ? "" : text.slice(group[0].end - start, money.start - start);
  if (group.length < 2 || !SIGNED.test(verb)) return undefined;
  // "…signed a swap under which the Reserve Bank of India will make available…": a party named
  // between the sides and the amount gives it, not one of the sides.
  const last = group[0] as Actor;
  if (actors.some((a) => a.via !== "pronoun" && a.start >= last.end && a.end <= money.start))
    return undefined;
  const payer =
    group.find((a) => a.key === context.funder?.key) ??
    group.find(
      (a) =>
        ownCurrency(a.key.slice("country:".length)) === money.currency && money.currency !== "USD",
    );
  if (payer === undefined) return undefined;
  const inView = context.recipient;
  const recipient =
    inView !== undefined &&
    "actor" in inView &&
    inView.actor.label === "Country" &&
    inView.actor.key !== payer.key
      ? inView
      : group
          .filter((a) => a.key !== payer.key)
          .map((a): Recipient => ({ actor: a }))
          .at(0);
  return recipient === undefined ? undefined : { funder: payer, recipient };
}
