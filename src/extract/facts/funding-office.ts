import type { Actor } from "../resolve/actor.ts";
import type { FundingMention } from "./find-funding.ts";
import { payerState } from "./funding-home-state.ts";

/**
 * A state's own office or department ("Britain's Foreign, Commonwealth and Development Office"),
 * or its mission abroad ("the British High Commission", "Japan's embassy").
 */
const STATE_OFFICE = /-(?:office|department|embassy|high-commission|consulate)$/;

/**
 * "Britain's Foreign, Commonwealth and Development Office announced £25m", "the State
 * Department pledged $50 million": a state's office pays with its state's money, so the state is
 * the funder — as for a ministry or a government.
 */
export function officesAsStates(
  found: readonly FundingMention[],
  actors: readonly Actor[],
): FundingMention[] {
  return found.map((f) => {
    if (f.funder?.label !== "Organization" || !STATE_OFFICE.test(f.funder.key)) return f;
    const country = payerState(f.funder, actors);
    return country === undefined
      ? f
      : { ...f, funder: { key: `country:${country}`, label: "Country" } };
  });
}
