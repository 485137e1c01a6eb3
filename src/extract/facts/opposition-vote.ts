import type { OppositionMemory } from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { gatedTest } from "../text/letter-gate.ts";

/**
 * "Hungary also voted no.", "Poland voted against, while Spain abstained": a vote against told
 * without its object, which is the measure or text told before. A vote in a relative clause or
 * after "by" ("deputies who voted against", "by voting against") describes, and is not read.
 */
export const BARE_VOTE =
  /(?<!\b(?:who|which|that|by)\s+(?:\w+\s+)?)\bvot(?:e|es|ed|ing)\s+(?:no|against)\b(?=\s*(?:[.,;:]|$|(?:and|while|but|whereas)\b))/gi;

/**
 * "Germany was among the opponents.", "Poland is among the fiercest critics": a party counted
 * among those against, with no object (it is the measure told before).
 */
export const AMONG_OPPONENTS =
  /\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:(?:most\s+)?(?:vocal|fiercest|loudest|harshest|strongest|leading|main)\s+)?(?:opponents|critics)\b(?!\s+(?:of|to)\b)/gi;

/** Cheap test for BARE_VOTE and AMONG_OPPONENTS (not run where its letters are missing). */
export const mayVote = gatedTest(/\bvot\w*\s+(?:no|against)\b|\bamong\s/i);

/** What a bare vote was on: the measure, else the text, told last. */
export function votedOn(memory: OppositionMemory): OppositionTarget | undefined {
  const act = memory.acts[0];
  if (act !== undefined) return issueTarget(act.phrase);
  const doc = memory.docs[0]?.phrase ?? memory.bareDoc;
  return doc === undefined ? undefined : issueTarget(doc);
}
