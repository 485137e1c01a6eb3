import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { MONTHS, WEEKDAYS } from "../gazetteer/words.ts";
import { targetOf, type OppositionTarget } from "./opposition-target.ts";

/**
 * "imposed sanctions on a militia commander, Ahmed Barre, whom it accused of…, and on Zenith
 * Shipping, a Cyprus-registered firm": a measure laid "on" one party and then "and on" others
 * falls on each of them. Only parties count: "and on three companies registered abroad" names none.
 */

/** A measure's verb that ends with what it falls on: "imposed sanctions on", "slapped tariffs on". */
const LAID_ON =
  /\b(?:sanctions|embargo(?:es)?|restrictions|penalties|tariffs?|dut(?:y|ies)|bans?|asset\s+freezes)\b.*\b(?:on|against)$/is;

/** ", and on ", " and against ": another object of the same measure, not a day ("and on Monday"). */
const AND_ON = new RegExp(
  String.raw`,?\s+and\s+(?:also\s+)?(?:on|against)\s+(?!(?:${[...WEEKDAYS, ...MONTHS, "\\d"].join("|")})\b)`,
  "gi",
);

/** Where the measure's clause ends: a semicolon, or a new clause joined after a comma. */
const CLAUSE_END = /;|,\s+(?:and|but|while|as|which)\s+(?!(?:also\s+)?(?:on|against)\s)/i;

/** The parties each later "and on" of a measure's verb names, in order. */
export function furtherObjects(
  text: string,
  start: number,
  verbEnd: number,
  verb: string,
  parties: readonly Actor[],
): OppositionTarget[] {
  if (!LAID_ON.test(verb)) return [];
  const rest = text.slice(verbEnd - start);
  const stop = rest.search(CLAUSE_END);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const out: OppositionTarget[] = [];
  for (const m of execAll(AND_ON, clause)) {
    const target = targetOf(text, start, verbEnd + m.index + m[0].length, parties);
    if (target !== undefined && "actor" in target) out.push(target);
  }
  return out;
}
