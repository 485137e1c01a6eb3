import type { Actor } from "../resolve/actor.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";

/** The comma and article that open an aside before its noun: ", a ", ", the ". */
const ASIDE_OPENING = /\s*,\s+(?:a|an|the)\s+$/i;

/**
 * What a reduced relative after a comma judges when no clause is summed up: the party the aside
 * describes ("Sergei Orlov, a banker sanctioned by the EU" → Orlov), else the aside's own noun
 * phrase ("…, an arrangement criticised in Baghdad by…" → the arrangement).
 */
export function reducedRelativeTarget(
  text: string,
  start: number,
  at: number,
  noun: string,
  parties: readonly Actor[],
): OppositionTarget {
  const opening = ASIDE_OPENING.exec(text.slice(0, at - start));
  const comma = opening === null ? -1 : start + opening.index;
  const described = parties.find((a) => a.end === comma && !a.possessive && !a.place);
  return described === undefined ? issueTarget(noun) : { actor: described };
}
