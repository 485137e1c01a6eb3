import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { actorsBetween, rightClauseEnd } from "./clause.ts";
import { coordinated } from "./opposition-holder.ts";
import { stances } from "./opposition-stances.ts";
import { targetOf } from "./opposition-target.ts";

/** "…, a fierce critic of Canberra,": a party described, in apposition, as a critic. */
const APPOSITIVE_CRITIC =
  /,\s+(?:an?|the|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,2}?(?:critic|opponent|detractor)s?\s+of\s+/giu;

/**
 * "Criticism of the plan also came from Singapore", "Among the critics of the treaty was New
 * Zealand": the stance told first by its noun, its holders after. The group is what is opposed.
 */
const HOLDERS_AFTER =
  /\b(?:(?:criticism|condemnation|opposition|objections?|protests?)\s+(?:of|to|against)\s+([^,;]{1,80}?)\s+(?:also\s+|later\s+)?(?:came|comes|come|has\s+come)\s+from|among\s+the\s+(?:[\p{L}-]+\s+)?(?:critics|opponents)\s+of\s+([^,;]{1,80}?)\s+(?:was|were|is|are))\s+/giu;

/** Cheap test: the words every match of either frame holds. */
export const CRITICS_HINT = /\b(?:critic|opponent|detractor)|\b(?:came|comes|come)\s+from\b/i;

/**
 * "Fijian Prime Minister Sitiveni Naulu, a fierce critic of Canberra, spoke first": the party the
 * apposition describes, named right before its comma, opposes the party it criticises; and
 * "Criticism of the plan came from Singapore and Malaysia": the parties after "from" do.
 */
export function critics(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of text.matchAll(APPOSITIVE_CRITIC)) {
    const at = start + m.index;
    const holder = parties.find((a) => a.end === at && !a.possessive && !a.place);
    const target = targetOf(text, start, at + m[0].length, parties);
    // A standing description is read only against a party ("a critic of the Kremlin"); one of a
    // thing ("a frequent critic of the cabinet") is too loose to name what is opposed.
    if (holder !== undefined && target !== undefined && "actor" in target)
      out.push(...stances([holder], target, m[0], at));
  }
  for (const m of text.matchAll(HOLDERS_AFTER)) {
    const at = start + m.index;
    const end = at + m[0].length;
    const opposed = m[1] ?? m[2] ?? "";
    const from = at + m[0].indexOf(opposed);
    const target = targetOf(
      text.slice(0, from - start + opposed.length),
      start,
      from,
      actorsBetween(parties, from, from + opposed.length),
    );
    const after = actorsBetween(parties, end, rightClauseEnd(text, start, end)).filter(
      (a) => !a.possessive,
    );
    const holders = coordinated(text, start, after, "forward");
    if (target !== undefined) out.push(...stances(holders, target, m[0], at));
  }
  return out;
}
