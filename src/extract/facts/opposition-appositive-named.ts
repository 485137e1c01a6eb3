import type { Actor } from "../resolve/actor.ts";

/**
 * "sanctioned two former ministers, the brothers Paul Okafor and Daniel Okafor,", "imposed
 * sanctions on a militia commander, Ahmed Barre, and on…": an object told by what it is, then
 * named in apposition. The person or body named is the one opposed, not the words describing it.
 */

/** What describes the object: a few words ending in a lowercase noun ("an RSF field commander"). */
const DESCRIPTOR = /^(?:[\p{L}\d'’.-]+\s+){0,5}[a-z][a-z-]*$/u;

/** Between the description and the name: a comma, maybe "the brothers", "a businessman". */
const LEAD = /^,\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?$/;

/** A name that is the whole appositive: a stop, "and", or the end after it. */
const WHOLE = /^(?:\s*[,.;:]|\s+and\s|\s*$)/;

/** Whether what follows a name (`rest`) leaves it the whole appositive (WHOLE). */
export function endsAppositive(rest: string): boolean {
  return WHOLE.test(rest);
}

/** A party that may be named in apposition: no possessive, place or state, which describe. */
export function mayBeAppositive(a: Actor): boolean {
  return !a.possessive && !a.place && a.label !== "Country";
}

/** ", the minister, said", " told": the name is the speaker of what comes before, no appositive. */
const SPEAKER_AFTER =
  /^(?:\s*,[^,.;]{0,60},)?\s+(?:said|says|told|tells|added|adds|wrote|writes|noted|argued|stated)\b/;

/** The person or body an appositive names right after the object's description, if any. */
export function appositiveNamed(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  if (!DESCRIPTOR.test(phrase) || !text.startsWith(phrase, phraseStart - start)) return undefined;
  const end = phraseStart + phrase.length;
  const named = actors.find((a) => a.start > end && a.start - end <= 40);
  if (
    named === undefined ||
    !mayBeAppositive(named) ||
    !LEAD.test(text.slice(end - start, named.start - start))
  )
    return undefined;
  const rest = text.slice(named.end - start);
  return endsAppositive(rest) && !SPEAKER_AFTER.test(rest) ? named : undefined;
}

/** ", and its political spokesman, ": another description, then its name, after a named object. */
const NEXT_APPOSITIVE =
  /^,?\s+and\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}?[a-z][a-z-]*,\s+$/u;

/**
 * "Willy Ngoma, and its political spokesman, Lawrence Kanyuka": the names each joined to the
 * first by "and" and a description of their own, in order.
 */
export function nextAppositives(
  text: string,
  start: number,
  first: Actor,
  after: readonly Actor[],
): Actor[] {
  const out: Actor[] = [];
  let end = first.end;
  for (const next of after) {
    if (next.start <= end) continue;
    if (!mayBeAppositive(next)) break;
    if (!NEXT_APPOSITIVE.test(text.slice(end - start, next.start - start))) break;
    const rest = text.slice(next.end - start);
    if (!endsAppositive(rest) || SPEAKER_AFTER.test(rest)) break;
    out.push(next);
    end = next.end;
  }
  return out;
}
