import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { whatOf, type OppositionTarget } from "./opposition-target.ts";

/** One stance per holder of a verb against its target; nobody opposes themselves. */
export function stances(
  holders: readonly Actor[],
  target: OppositionTarget,
  verb: string,
  at: number,
): OppositionMention[] {
  return holders
    .filter((holder) => !("actor" in target && target.actor.key === holder.key))
    .map((holder) => ({ holder, target, what: whatOf(target), verb, at }));
}
