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
