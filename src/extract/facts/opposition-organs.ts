import type { Actor } from "../resolve/actor.ts";
import { coordinated } from "./opposition-holder.ts";

/**
 * A state's organ by the head word of its name: "the foreign ministries", "the governments", or
 * a ministry by its full name ("the Ministry of Foreign Affairs", "the Ministry of Defence").
 */
const ORGAN =
  /(?:ministry|ministries|government|governments|embassy|embassies|cabinet)$|^org:ministry-of-/;

/**
 * "the foreign ministries of Britain, Canada and Australia said…": organs named by the states
 * they belong to speak for those states, each of them.
 */
export function statesOfOrgan(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor[] | undefined {
  if (holder.label !== "Organization" || holder.country !== undefined) return undefined;
  if (!ORGAN.test(holder.key)) return undefined;
  const owners = groupOwners(text, start, holder, parties);
  if (owners.length > 0) return owners;
  const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(holder.end - start));
  if (of === null) return undefined;
  const first = holder.end + of[0].length;
  const after = parties.filter((a) => a.start >= first && a.label === "Country" && !a.place);
  if (after[0]?.start !== first) return undefined;
  return coordinated(text, start, after, "forward");
}

/** Between a possessor and what it owns: "'s ", "' ". */
const OWNS = /^['’]s?\s+$/;

/**
 * "the three countries' foreign ministries", "both governments' spokespeople": states referred
 * to as a group (standing together at the same words) own the organ named right after them.
 */
function groupOwners(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor[] {
  // "the three countries' foreign ministries said they…": "they" stands for the organs named.
  const organ =
    holder.via === "pronoun"
      ? parties
          .filter((a) => a.key === holder.key && a.via === "org" && a.end <= holder.start)
          .at(-1)
      : holder;
  if (organ === undefined) return [];
  const owner = parties.filter((a) => a.end <= organ.start).at(-1);
  if (owner === undefined || owner.label !== "Country" || owner.place) return [];
  if (!OWNS.test(text.slice(owner.end - start, organ.start - start))) return [];
  const group = parties.filter((a) => a.start === owner.start && a.label === "Country");
  const states = group.filter((a, i) => group.findIndex((b) => b.key === a.key) === i);
  return states.length >= 2 ? states.map((a) => ({ ...a, possessive: false })) : [];
}

/**
 * "the government in Buenos Aires", "the authorities in Minsk", "officials in Ottawa": an organ,
 * or those who serve it, placed in its capital.
 */
const ORGAN_IN =
  /\b(?:government|authorities|leadership|regime|junta|presidency|ministry|officials)\s+in\s+$/i;
/** What may stand between the capital and the verb: adverbs, auxiliaries, a day. */
const TO_VERB = /^\s*(?:(?:has|have|had|also|on\s+\w+day|\w+ly)\s+)*$/i;

/**
 * "the government in Buenos Aires has accused the agency…": the state whose capital places the
 * organ speaking holds the stance.
 */
export function organInCapital(
  text: string,
  start: number,
  clause: readonly Actor[],
  subjectEnd: number,
): Actor | undefined {
  const capital = clause.filter((a) => a.label === "Country" && a.place).at(-1);
  if (capital === undefined) return undefined;
  if (!ORGAN_IN.test(text.slice(Math.max(0, capital.start - start - 40), capital.start - start)))
    return undefined;
  return TO_VERB.test(text.slice(capital.end - start, subjectEnd - start))
    ? { ...capital, place: false, locationOnly: false }
    : undefined;
}
