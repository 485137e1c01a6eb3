import type { Actor } from "../resolve/actor.ts";
import { coordinated, endsList } from "./opposition-holder.ts";
import { isTitlePrefix } from "./opposition-title.ts";
import { nextAppositives } from "./opposition-appositive-named.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/**
 * Between one opposed party and the next: its act ("'s statement", " government") and an "and"
 * (a comma alone may set off an appositive: "Iran's ambassador, Ali Reza,"), then at most a title ("Prime Minister") or an article before the next party.
 */
const OWNED_THEN_AND = /^(?:['’]s?)?(?:\s+[a-z][\w-]*){0,3},?\s+and\s+(.*)$/s;
/** What follows a party that ends a noun phrase: its act, its organ, a stop or a preposition. */
const PHRASE_GOES_ON =
  /^(?:['’]s?\s|\s+(?:government|authorities|administration|leadership)\b|\s*[,.;:]|\s+(?:on|over|for|as|in|at|after|about|with|last|this|and)\b|$)/;

/** "Swedish response, saying…": a demonym's noun, then a stop, a preposition or a verb's auxiliary. */
const OWNED_NOUN =
  /^\s+[a-z][\w-]*(?:\s+(?:were|was|are|is|have|has|had)\b|\s*[,.;:]|\s+(?:on|over|for|as|in|at|after|about|with)\b|$)/;

/**
 * "criticised Brazil and Mexico", "condemned Norway's statement and Sweden's remarks", "the
 * Norwegian government and the Swedish government", "President Ruiz's remarks and Prime Minister
 * Lund's statement": every party of a list of targets, or of a list of what parties did, is
 * opposed, each in a stance of its own.
 */
export function opposedList(
  text: string,
  start: number,
  target: OppositionTarget,
  parties: readonly Actor[],
): OppositionTarget[] {
  if (!("actor" in target)) return [target];
  const first = target.actor;
  const after = parties.filter((a) => a.start >= first.start && !a.place);
  const list = coordinated(text, start, after, "forward");
  const last = list.at(-1);
  const beforeLast = list.at(-2);
  // "Brazil and Mexico's silence": the last only owns what follows it (see endsList).
  if (
    beforeLast !== undefined &&
    last !== undefined &&
    !last.possessive &&
    endsList(text, start, beforeLast, last)
  )
    return list.map((actor) => ({ actor }));
  const owned = ownedList(text, start, first, after);
  // "Willy Ngoma, and its political spokesman, Lawrence Kanyuka": each named after its description.
  if (owned.length === 1) owned.push(...nextAppositives(text, start, first, after));
  return owned.map((actor) => ({ actor }));
}

/** "Norway's statement and Sweden's remarks": each owner of a list of owned acts, in order. */
function ownedList(text: string, start: number, first: Actor, after: readonly Actor[]): Actor[] {
  const out = [first];
  let end = first.end;
  for (let i = after.indexOf(first) + 1; i < after.length && out.length < 6; i++) {
    const next = after[i]!;
    // "the Norwegian government": a body named right after its state is of the same phrase.
    if (next.start - end <= 1) {
      end = Math.max(end, next.end);
      continue;
    }
    const between = text.slice(end - start, next.start - start);
    const gap = OWNED_THEN_AND.exec(between);
    const lead = gap?.[1]?.trim() ?? "-";
    if (lead !== "" && !/^(?:the|both)$/i.test(lead) && !isTitlePrefix(lead)) break;
    const rest = text.slice(next.end - start, next.end - start + 40);
    // "and the Swedish response": after an article, a word after the party is the noun it owns.
    // "the Norwegian and Swedish statements": two owners of one noun, joined by a bare "and".
    const owns = /^the$/i.test(lead) || /^\s+and\s+$/.test(between);
    if (!PHRASE_GOES_ON.test(rest) && !(owns && OWNED_NOUN.test(rest))) break;
    if (!out.some((a) => a.key === next.key)) out.push(next);
    end = next.end;
  }
  return out;
}
