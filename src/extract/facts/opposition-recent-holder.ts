import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";

// Apart from opposition-memory.ts, which imports the antecedent and previous-doer modules that
// import opposition-event-noun.ts: a value import from it there would close an import cycle.

/**
 * Who held the latest stance, if a sentence no more than `within` before this one told it: words
 * answered later ("the remarks", "the criticism") are recent ones.
 */
export function recentHolder(memory: OppositionMemory, within: number): Actor | undefined {
  return memory.index - memory.lastStanceAt <= within ? memory.lastHolder : undefined;
}
