import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { NOT_A_DATE } from "../gazetteer/words.ts";
import { targetOf, type OppositionTarget } from "./opposition-target.ts";
import { endsAppositive, mayBeAppositive } from "./opposition-appositive-named.ts";

/**
 * "imposed sanctions on a militia commander, Ahmed Barre, whom it accused of…, and on Zenith
 * Shipping, a Cyprus-registered firm": a measure laid "on" one party and then "and on" others
 * falls on each of them. Only parties count: "and on three companies registered abroad" names none.
 * So does a sanction on a list whose last object is named after its description ("sanctioned
 * four exchange houses and a businessman, Musa Danjuma").
 */

/** A measure's verb that ends with what it falls on: "imposed sanctions on", "slapped tariffs on". */
const LAID_ON =
  /\b(?:sanctions|embargo(?:es)?|restrictions|penalties|tariffs?|dut(?:y|ies)|bans?|asset\s+freezes)\b.*\b(?:on|against)$/is;

/** ", and on ", " and against ": another object of the same measure, not a day ("and on Monday"). */
const AND_ON = new RegExp(String.raw`,?\s+and\s+(?:also\s+)?(?:on|against)\s+${NOT_A_DATE}`, "gi");

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
  const laid = LAID_ON.test(verb);
  if (!laid && !SANCTIONED.test(verb)) return [];
  const rest = text.slice(verbEnd - start);
  const stop = rest.search(CLAUSE_END);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const out: OppositionTarget[] = [];
  for (const m of laid ? execAll(AND_ON, clause) : []) {
    const target = targetOf(text, start, verbEnd + m.index + m[0].length, parties);
    if (target !== undefined && "actor" in target) out.push(target);
  }
  const named = describedLast(text, start, verbEnd, clause, parties);
  if (named !== undefined) out.push({ actor: named });
  return out;
}

/** "sanctioned", "blacklisted": the verb is the measure, its object right after it. */
const SANCTIONED = /^(?:sanction|blacklist)\w*$/i;

/**
 * "four exchange houses in Lagos and a Kano businessman, ": the last of a list of objects, told
 * by a description and named after a comma, up to the name.
 */
const AND_DESCRIBED =
  /^[^,;]*\s+and\s+(?:a|an|the)\s+(?:[\p{L}\d'’.-]+\s+){0,4}?[a-z][a-z-]*,\s+$/u;

/**
 * "sanctioned four exchange houses in Lagos and a Kano businessman, Musa Danjuma, accusing…": the
 * person or body named after the description that ends the measure's list of objects.
 */
function describedLast(
  text: string,
  start: number,
  verbEnd: number,
  clause: string,
  parties: readonly Actor[],
): Actor | undefined {
  const named = parties.find(
    (a) =>
      a.start > verbEnd &&
      a.start - verbEnd <= clause.length &&
      AND_DESCRIBED.test(text.slice(verbEnd - start, a.start - start)),
  );
  if (named === undefined || !mayBeAppositive(named)) return undefined;
  return endsAppositive(text.slice(named.end - start)) ? named : undefined;
}
