import type { Actor } from "../resolve/actor.ts";
import { coordinated } from "./opposition-holder.ts";

/** A state's organ by the head word of its name: "the foreign ministries", "the governments". */
const ORGAN = /(?:ministry|ministries|government|governments|embassy|embassies|cabinet)$/;

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
  const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(holder.end - start));
  if (of === null) return undefined;
  const first = holder.end + of[0].length;
  const after = parties.filter((a) => a.start >= first && a.label === "Country" && !a.place);
  if (after[0]?.start !== first) return undefined;
  return coordinated(text, start, after, "forward");
}

/** "the government in Buenos Aires", "the authorities in Minsk": an organ placed in its capital. */
const ORGAN_IN =
  /\b(?:government|authorities|leadership|regime|junta|presidency|ministry)\s+in\s+$/i;
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
