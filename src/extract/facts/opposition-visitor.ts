import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { actorsBetween, leftClauseStart } from "./clause.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { gatedTest } from "../text/letter-gate.ts";

/** Cheap test for VISITED (not run where its letters are missing: letter-gate.ts). */
const mayVisit = gatedTest(/visit|arriv|travel|trip|tour|hosted|welcomed|received/);

/**
 * "Modi arrived in Kyiv", "Sánchez visited Beijing", "her first visit to Brussels", "Lula was
 * hosted at a state dinner": a person travelling to a named place, or received there.
 */
const VISITED =
  /\b(?:visit(?:s|ed|ing)?\s+(?:to\s+)?(?:(?:the\s+)?\p{Lu}|(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:island|islands|region|territory|territories|border|base|site|shrine|memorial|camp|zone|area|front|city|capital|province|state|country|enclave|outpost|plant|port)\b)|arriv(?:e|es|ed|ing)\s+in\s+\p{Lu}|travel(?:s|led|ed|ling)?\s+to\s+\p{Lu}|trip\s+to\s+\p{Lu}|was\s+(?:then\s+|later\s+|also\s+)?(?:hosted|welcomed|received)\s+(?:at|in|by)\b)/gu;

/** "Costa, who visited Reykjavík in the summer": a visit told in passing. */
const IN_PASSING = /\b(?:who|which|whom)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "the trip", "that visit", "the two-day tour": a journey told of before, called by its kind; "his
 * guest", "the visitor": the one who made it.
 */
const BARE_TRIP =
  /^(?:(?:first|latest|recent|state|official|overseas|foreign|whole|entire|[\w]+-day)\s+)*(?:trip|visit|tour|journey|guest|visitor)$/i;

const visitors = new WeakMap<OppositionMemory, Actor>();

/**
 * Notes who travels in an article's story: the first person told to visit, arrive in or be
 * hosted somewhere, other than in a relative clause told in passing.
 */
export function noteVisitor(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): void {
  if (visitors.has(memory) || !mayVisit(text)) return;
  for (const m of execAll(VISITED, text)) {
    const at = start + m.index;
    const clause = leftClauseStart(text, start, at);
    if (IN_PASSING.test(text.slice(clause - start, m.index))) continue;
    const visitor = actorsBetween(parties, clause, at)
      .filter((a) => a.label === "Person")
      .at(-1);
    if (visitor === undefined) continue;
    visitors.set(memory, visitor);
    return;
  }
}

/**
 * "Zelensky criticised that trip", "the trip drew criticism from Mahathir": the journey stands
 * for the one who made it, when the article has told who travels.
 */
export function tripTaker(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget {
  if (!("issue" in target) || !BARE_TRIP.test(target.issue)) return target;
  const visitor = visitors.get(memory);
  return visitor === undefined || visitor.key === holder.key ? target : { actor: visitor };
}
