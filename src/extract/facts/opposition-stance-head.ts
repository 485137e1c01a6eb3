import { previousTarget, type OppositionMemory } from "./opposition-memory.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/** A bare noun, as a target's words are kept: "programme", "law", "sanctions". */
const BARE_HEAD = /^[a-z][a-z-]{2,}$/;

/**
 * "Argentina condemned Norway's whaling programme. Chile also condemned the programme.": a bare
 * noun whose head is that of what the stance of the sentence before was against stands for it.
 */
export function earlierStanceHead(
  target: OppositionTarget,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target) || !BARE_HEAD.test(target.issue)) return undefined;
  const told = previousTarget(memory);
  if (told === undefined) return undefined;
  return "issue" in told &&
    told.issue !== target.issue &&
    told.issue.toLowerCase().split(/\s+/).at(-1) === target.issue.toLowerCase()
    ? told
    : undefined;
}
