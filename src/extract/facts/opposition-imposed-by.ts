import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { targetOf, whatOf } from "./opposition-target.ts";
import { execAll } from "../text/exec-all.ts";

/**
 * "sanctions imposed by the European Union on Monday on M23 commanders and on senior Rwandan army
 * officers", "the tariffs imposed by Washington on Chinese steel": a measure whose taker follows
 * "by" is that taker's stance against each party or thing it is imposed "on".
 */
const IMPOSED_BY =
  /\b(?:sanctions|measures|restrictions|tariffs|penalties|curbs|duties|embargo(?:es)?|bans?|asset\s+freezes)\s+(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?(?:imposed|placed|slapped|levied)\s+(?:(?:last|earlier\s+this|this)\s+\w+\s+)?by\s+/gi;

/** Cheap test for IMPOSED_BY. */
export const IMPOSED_BY_HINT = /\b(?:imposed|placed|slapped|levied)\s+(?:\S+\s+){0,3}?by\s/i;

/** "on M23 commanders", "and on senior officers": where what the measure falls on starts. */
const ON_OBJECT =
  /\bon\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|january|february|march|april|may|june|july|august|september|october|november|december)\b)/gi;

/** Where the measure's clause ends: a full stop, a semicolon, or a relative clause after a comma. */
const CLAUSE_END = /[.;]|,\s+(?:which|who|while|but)\b/;

/** The stances of the takers IMPOSED_BY names against what each measure falls on. */
export function imposedBy(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(IMPOSED_BY, text)) {
    const at = start + m.index;
    const byEnd = at + m[0].length;
    const holder = parties.find(
      (a) =>
        a.start >= byEnd &&
        /^(?:the\s+)?$/i.test(text.slice(byEnd - start, a.start - start)) &&
        !a.possessive,
    );
    if (holder === undefined) continue;
    const rest = text.slice(holder.end - start);
    const stop = rest.search(CLAUSE_END);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    for (const on of execAll(ON_OBJECT, clause)) {
      const from = holder.end + on.index + on[0].length;
      // Each object ends where the next "and on" begins.
      const next = clause.slice(on.index + on[0].length).search(/\s+and\s+on\s/i);
      const objectEnd = next < 0 ? holder.end + clause.length : from + next;
      const target = targetOf(text.slice(0, objectEnd - start), start, from, parties);
      if (target === undefined || ("actor" in target && target.actor.key === holder.key)) continue;
      out.push({ holder, target, what: whatOf(target), verb: m[0], at });
    }
  }
  return out;
}
