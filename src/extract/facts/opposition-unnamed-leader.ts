import type { Actor } from "../resolve/actor.ts";
import { demonymHeadState } from "./opposition-demonym-head.ts";
import { HEAD_OF_STATE_TITLES } from "../gazetteer/titles.ts";

/**
 * A head of state or government's title after a demonym, then no name: "the Colombian president
 * for…", "the Russian leader" — not "the Russian President Vladimir Putin", nor an owner ("the
 * Russian leader's remarks").
 */
const LEADER_AFTER = new RegExp(
  String.raw`^\s+(?:${[...HEAD_OF_STATE_TITLES, "leader", "leadership"]
    .map((t) => `[${t.charAt(0)}${t.charAt(0).toUpperCase()}]${t.slice(1)}`)
    .join("|")})\b(?!['’]s)(?!\s+\p{Lu})`,
  "u",
);

/**
 * "Peru criticised the Colombian president for an attempt to stir nationalism": a leader told
 * only by the demonym of their state and their title, whom the article has not named, stands
 * for that state — as "Colombia" would (a named one is found as the person, before this).
 */
export function unnamedLeaderState(
  text: string,
  start: number,
  phraseStart: number,
  first: Actor | undefined,
): Actor | undefined {
  return demonymHeadState(text, start, phraseStart, first, LEADER_AFTER, 40);
}
