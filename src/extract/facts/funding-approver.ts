import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Party } from "./find-funding.ts";

/**
 * "…approved its first grants", "…signed off on four proposals", "…awarded grants to five
 * projects": a body's decision on several grants or projects, told without an amount.
 */
const APPROVED_SEVERAL =
  /\b(?:approved|signed off on|endorsed|awarded|selected)\s+(?:(?:its|their|the|a|an|first|second|new|\w+)\s+){0,3}?(?:grants|proposals|projects|applications|requests|loans|allocations)\b/i;

/**
 * "The board of the Adaptation Fund signed off on four proposals on Thursday. Chad will receive
 * $20 million to…, and Niger was awarded $12 million…": the body that approved several grants
 * in a sentence with no amount pays the amounts its recipients are then told to receive — the
 * body named last before the verb of approving.
 */
export function approvingBody(s: AnalyzedSentence, actors: readonly Actor[]): Party | undefined {
  const m = APPROVED_SEVERAL.exec(s.sentence.text);
  if (m === null) return undefined;
  const verbAt = s.sentence.start + m.index;
  const body = actors.findLast((a) => a.end <= verbAt && a.label === "Organization" && !a.place);
  return body === undefined ? undefined : { key: body.key, label: body.label };
}
