import { homeState } from "./opposition-home.ts";
import type { Actor } from "../resolve/actor.ts";
import type { PeopleResolution } from "../resolve/resolve-people.ts";

const SPEAKS_FOR_STATE =
  /spokes(person|man|woman)|ministry|department|government|cabinet|presidency|embassy|office|ambassador|envoy|representative|charg[ée] d['’]affaires|press-service|news-agency|state-(?:media|television|tv|broadcaster|radio)|presidential-communications|affairs-(?:council|commission)/i;

/** A state's own organ, by the head word of its name. */
const STATE_ORGAN = /^org:(?:[a-z-]+-)?(?:ministry|presidency|government|cabinet)(?:-of-[a-z-]+)?$/;

/**
 * The party a stance or a payment belongs to. A spokesperson or a ministry speaks for its
 * government, as does a state's council or commission for some affairs ("Taiwan's Mainland
 * Affairs Council"), and so does a state's own outlet ("Egyptian state television", "the Uzbek
 * presidential press service"), so its country stands in; a person with no such role keeps their own key.
 */
export function stanceHolder(
  actor: Actor,
  people: PeopleResolution,
): { key: string; label: Actor["label"] } {
  if (organState(actor) !== undefined) return { key: `country:${actor.country}`, label: "Country" };
  // "The Agriculture Ministry said…": a state's organ named without its state is the dateline's.
  const home = homeState();
  if (
    actor.label === "Organization" &&
    actor.country === undefined &&
    home !== undefined &&
    STATE_ORGAN.test(actor.key)
  )
    return { key: home, label: "Country" };
  if (actor.label === "Person" && actor.country !== undefined) {
    const title = people.people.get(actor.key)?.title ?? "";
    if (SPEAKS_FOR_STATE.test(title)) return { key: `country:${actor.country}`, label: "Country" };
  }
  return { key: actor.key, label: actor.label };
}

/** The state an organ that acts for it stands for ("the U.S. Treasury", "Japan's foreign ministry"). */
export function organState(actor: Actor): string | undefined {
  return actor.label === "Organization" &&
    actor.country !== undefined &&
    // "The U.S. Treasury sanctioned…": a state's treasury acts for it (its secretary speaks
    // in their own name).
    (SPEAKS_FOR_STATE.test(actor.key) || actor.key.endsWith("-treasury"))
    ? `country:${actor.country}`
    : undefined;
}

const GOVERNMENT =
  /government|ministry|cabinet|treasury|presidency|administration|embassy|consulate/i;

/** The payer behind a person: the country they represent. */
export function payer(actor: Actor): { key: string; label: Actor["label"] } | undefined {
  // "Japan's government approved…", "the Chinese embassy said it had signed a grant": a
  // government, a ministry or an embassy pays with its country's money.
  if (actor.label === "Organization" && actor.country !== undefined && GOVERNMENT.test(actor.key)) {
    return { key: `country:${actor.country}`, label: "Country" };
  }
  if (actor.label !== "Person") return { key: actor.key, label: actor.label };
  return actor.country === undefined
    ? undefined
    : { key: `country:${actor.country}`, label: "Country" };
}
