import type { Actor } from "../resolve/actor.ts";
import type { FundingContext, Party, Recipient } from "./find-funding.ts";
import { payerState, topicState } from "./funding-home-state.ts";

/**
 * "Kenya's President William Ruto visited Beijing. China agreed to provide $1 billion in grants":
 * money with no recipient named, in a sentence that names no other state, goes to the state the
 * report was just about — the latest one named before that is not the payer's own.
 */
const CO_PAYER =
  /^\s*(?:(?:(?:has|have|had|also|will|would|then|each|jointly)\s+)*(?:pledg|provid|commit|gave|give|donat|contribut|offer|add|announc|lent|lend)\w*|(?:(?:up to|about|around|some|nearly|another|a further|an additional)\s+)?(?:\p{Sc}|\d))/u;

/**
 * "the sovereign wealth fund Danantara", "Khazanah Nasional, the sovereign wealth fund,", "the
 * state Fund for Reconstruction": a body described as a state's own, with no state named as its
 * owner, is of the state the report is about — its money is spent at home, not given to that state.
 */
const HOME_BODY =
  /\b(?:sovereign(?:\s+wealth)?\s+fund|state(?:-owned|-run)?\s+(?:[\w-]+\s+){0,2}?(?:fund|bank|lender|investor|holding(?:\s+company)?)|(?:national|state)\s+development\s+bank)\b/i;

export function topicCountry(
  text: string,
  start: number,
  funder: Party | undefined,
  actors: readonly Actor[],
  context: FundingContext,
): Recipient | undefined {
  if (funder === undefined) return undefined;
  const payerActor = actors.find((a) => a.key === funder.key);
  if (
    payerActor?.label === "Organization" &&
    payerActor.country === undefined &&
    HOME_BODY.test(text.slice(0, Math.max(0, payerActor.end - start) + 60))
  )
    return undefined;
  const home = payerState(funder, actors);
  const own = new Set(home === undefined ? [] : [home]);
  // "France pledged €100 million, Germany €80 million": the other payers are no recipients,
  // nor the topic the money goes to ("…and Italy €50 million to the Sahel Alliance").
  const coPayers = new Set<string>();
  const others = actors.filter((a) => {
    if (a.label !== "Country" || own.has(a.key.slice("country:".length))) return false;
    if (!CO_PAYER.test(text.slice(a.end - start, a.end - start + 40))) return true;
    coPayers.add(a.key.slice("country:".length));
    return false;
  });
  const topic = topicState(context, (c) => !own.has(c) && !coPayers.has(c));
  // "…a $50 million loan to modernise the power grid around Colombo": naming the topic's own
  // places names no other state — if the article has named that state before.
  const here = others.filter((a) => a.key === `country:${topic ?? ""}`).length;
  if (here < others.length || (here > 0 && (context.mentions?.get(topic ?? "") ?? 0) <= here))
    return undefined;
  return topic === undefined ? undefined : { actor: { key: `country:${topic}`, label: "Country" } };
}
