import type { Actor } from "../resolve/actor.ts";
import type { FundingContext, Party, Recipient } from "./find-funding.ts";
import { payerState, topicState } from "./funding-home-state.ts";

/** A government body's key: "org:department-of-finance", "org:ministry-of-economy", "org:treasury". */
export const STATE_ORGAN =
  /^org:(?:.*-)?(?:department|ministry|treasury|government|cabinet|presidency|council-of-ministers)(?:-|$)/;

/**
 * "JICA signed a ¥40 billion loan agreement with the Department of Finance": a ministry named
 * without its state borrows for the state the report is about — the one money went to before,
 * else the one named most — never the lender's own, nor any when the
 * report is about the paying state.
 */
export function organBorrower(
  recipient: Recipient | undefined,
  actors: readonly Actor[],
  funder: Party | undefined,
  context: FundingContext,
): Recipient | undefined {
  if (recipient === undefined || !("actor" in recipient)) return recipient;
  const { key, label } = recipient.actor;
  if (label !== "Organization" || !STATE_ORGAN.test(key)) return recipient;
  if (actors.some((a) => a.key === key && a.country !== undefined)) return recipient;
  const home = payerState(funder, actors);
  const own = new Set([funder?.key, home === undefined ? undefined : `country:${home}`]);
  // "Nepal has set aside 15 billion rupees to rebuild ministries": a report on the payer's own
  // state is of its own organs.
  const topic = topicState(context, () => true);
  // An organ the money before went to ("The largest, ¥150 billion, is the latest tranche…" after
  // the notes the Department of Economic Affairs exchanged) is the other side's, not the payer's.
  if (funder?.key === `country:${topic ?? ""}` && actors.some((a) => a.key === key))
    return recipient;
  const inView = context.recipient;
  if (inView !== undefined && "actor" in inView && inView.actor.label === "Country")
    return own.has(inView.actor.key) ? recipient : inView;
  const state = topicState(context, (c) => !own.has(`country:${c}`));
  return state === undefined ? recipient : { actor: { key: `country:${state}`, label: "Country" } };
}
