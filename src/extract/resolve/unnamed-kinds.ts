import { letterGate } from "../text/letter-gate.ts";
import type { Actor } from "./actor.ts";

/**
 * "a new fund for clinics", "a $1.3 billion facility": a thing of a kind the text introduces
 * itself, with "a"/"an", premodifiers only (not "an agreement under which the bank") and no name, that a later "the fund" or "the facility" may mean rather
 * than a body named before.
 */
const INDEFINITE_KIND =
  /\b(?:a|an)\s+(?:(?!(?:the|its|their|which|that|who|under|of|to|for|with|by|from|in|on|at|and|or)\s)[^\s,.;:]+\s+){0,4}?(bank|fund|agency|corporation|facility)(?![\p{L}\d-])/giu;

/**
 * "Egypt's central bank", "the national fund": a state's own bank or fund in lowercase, no name,
 * that "the bank" or "the fund" after it may mean rather than a lender named before.
 */
const STATE_KIND = /\b(?:central|national|state|reserve|commercial)\s+(bank|fund)(?![\p{L}\d-])/gu;

/** Cheap gate: the sentence names one of the kinds at all (see letter-gate.ts). */
const mayNameKind = letterGate(/(?:bank|fund|agency|corporation|facility)/i);

/**
 * The kinds of body a sentence speaks of without a name, with where each stands: "Kenya will set
 * up a fund for farmers" gives "fund", so that "the fund" later in the article is that new fund,
 * not the World Bank's trust fund named before. "A World Bank fund" is the named body's and
 * gives nothing.
 */
export function unnamedKinds(
  text: string,
  start: number,
  actors: readonly Actor[],
): { kind: string; at: number }[] {
  if (!mayNameKind(text)) return [];
  const out: { kind: string; at: number }[] = [];
  for (const re of [INDEFINITE_KIND, STATE_KIND]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const at = start + m.index;
      const end = at + m[0].length;
      if (re === INDEFINITE_KIND && actors.some((a) => a.start < end && a.end > at)) continue;
      out.push({ kind: m[1]!.toLowerCase(), at });
    }
    re.lastIndex = 0;
  }
  return out;
}
