import type { Actor } from "../resolve/actor.ts";
import type { FundingContext, Party } from "./find-funding.ts";
import { partyOf } from "./funding-parties.ts";

/**
 * "Of Estonia's share,", "Of Kenya's allocation,", "Of the country's portion,": a fronted phrase
 * naming whose share of money told before the amounts that follow break down.
 */
const FRONTED_SHARE =
  /^\W*of\s+(?:the\s+)?[^,;]{2,60}?['’]s?\s+(?:share|portion|allocation|part|slice|tranche)\s*,/iu;

/** The party a fronted "Of X's share," names, if the sentence opens on one. */
export function shareHolder(
  text: string,
  start: number,
  actors: readonly Actor[],
): Actor | undefined {
  const fronted = FRONTED_SHARE.exec(text);
  if (fronted === null) return undefined;
  const end = start + fronted[0].length;
  return actors.find((a) => a.start >= start && a.end <= end && a.label !== "Person");
}

/**
 * "The Commission approved loans of €2.66bn for Estonia and €1bn for Finland. Of Estonia's share,
 * €1.1bn will go to air defence": the state whose share is broken down receives it; it is no
 * payer. The payer is the one of the money told before, when there is one.
 */
export function sharePayer(
  funder: Party | undefined,
  text: string,
  start: number,
  actors: readonly Actor[],
  context: FundingContext,
): Party | undefined {
  const holder = partyOf(shareHolder(text, start, actors));
  if (holder === undefined || holder.key !== funder?.key || context.funder === undefined)
    return funder;
  return context.funder;
}
