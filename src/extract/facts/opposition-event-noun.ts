import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { recentHolder } from "./opposition-recent-holder.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/** Words that may stand before a bare noun without saying what it is about. */
const EMPTY_MODIFIERS = String.raw`(?:(?:latest|recent|new|such|public|whole|entire|alleged|reported|apparent)\s+)?`;

/**
 * "the remarks", "these comments", "the complaints", "the condemnation": words someone said, or a
 * stance someone took, called only by their kind.
 */
const BARE_WORDS = new RegExp(
  String.raw`^${EMPTY_MODIFIERS}(?:remarks|comments|words|rhetoric|posts?|criticisms?|critiques?|complaints?|objections?|condemnation|accusations?|allegations?)$`,
  "i",
);

/** "the incursion", "the flight", "the episode": something done, called only by its kind. */
const BARE_EVENT = new RegExp(
  String.raw`^${EMPTY_MODIFIERS}(?:incident|episode|incursion|intrusion|flights?|violations?|provocation|actions?|behaviou?r|conduct|activities|operation|outcome|result)$`,
  "i",
);

/**
 * "Beijing said it firmly opposes any contact… Asunción rejected the remarks": words called only
 * by their kind stand for the one who last took a stance, other than the one rejecting them. "The
 * jets flew into Estonian airspace… Latvia condemned the flight": an act called only by its kind
 * stands for the party the last stance was against.
 */
export function bareEventReferent(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target)) return undefined;
  if (BARE_WORDS.test(target.issue)) {
    const speaker = recentHolder(memory, 3);
    return speaker === undefined || speaker.key === holder.key
      ? undefined
      : { actor: referredTo(speaker) };
  }
  if (!BARE_EVENT.test(target.issue)) return undefined;
  const last = memory.lastTarget;
  if (last === undefined || !("actor" in last)) return undefined;
  if (!isOf(last.actor, holder)) return last;
  // "The three European countries accused Tehran… Iran rejected the outcome": what was done
  // against the holder is the doing of the one who took the stance against it.
  const doer = memory.lastHolder;
  return doer === undefined || isOf(doer, holder) ? undefined : { actor: referredTo(doer) };
}

/** A party told of in an earlier sentence, standing here only by reference (no tokens of its own). */
export function referredTo(party: Actor): Actor {
  return { ...party, from: -1, to: -1, via: "description" };
}

/** Whether `party` is the holder, or the state the holder (an envoy, a minister) speaks for. */
export function isOf(party: Actor, holder: Actor): boolean {
  return party.key === holder.key || party.key === `country:${holder.country ?? ""}`;
}
