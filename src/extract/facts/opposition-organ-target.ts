import type { Actor } from "../resolve/actor.ts";
import { actorsBetween, leftClauseStart } from "./clause.ts";
import { stateOf } from "./opposition-leader-government.ts";
import { isTitlePrefix, titledPerson } from "./opposition-title.ts";

/** The words for a state's organs and people that stand for the state named before them. */
export const STATE_ORGANS = String.raw`authorities|government|cabinet|presidency|officials|leadership|regime|junta|military|army|forces|administration|rulers|leaders|side|embassy|ministry|mission|envoy|ambassador|diplomats?|counterparts?|colleagues?`;

/** "The Norwegian authorities were…", "Duarte's government was…": an organ right up to the verb. */
const ORGAN_TO_VERB = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:${STATE_ORGANS})\s*(?:,[^,]*,\s*)?$`,
  "i",
);

/** "Peru's president", "Norway's foreign minister": a state's officer, unnamed. */
const OFFICER = /^['’]s?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$/;

/**
 * "The Norwegian authorities were condemned by…", "Duarte's government was criticised by…": the
 * subject of a passive that is a state's organ or a leader's government stands for the state.
 * `parties` are the sentence's, `at` where the passive verb begins.
 */
export function organSubject(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  const owner = actorsBetween(parties, leftClauseStart(text, start, at), at).at(-1);
  if (owner === undefined || owner.label === "Organization") return undefined;
  if (!ORGAN_TO_VERB.test(text.slice(owner.end - start, at - start))) return undefined;
  return owner.label === "Country" ? owner : (stateOf(owner) ?? owner);
}

/**
 * "criticised Peru's president, Maria Duarte,", "accused Peru's president of…": a state's officer
 * told by title alone (the person named right after in apposition, if any), stands for the state.
 * (Rulers placed in a capital, "the government in Oslo", are read by opposition-head-class.ts.)
 * `phrase` is the object as read, starting at `phraseStart`.
 */
export function organTarget(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  const phraseEnd = phraseStart + phrase.length;
  const first = actors.find((a) => a.start >= phraseStart && a.end <= phraseEnd + 1);
  if (first === undefined || first.label !== "Country") return undefined;
  const before = text.slice(phraseStart - start, first.start - start);
  if (before !== "" || !first.possessive) return undefined;
  const officer = OFFICER.exec(text.slice(first.end - start, phraseEnd - start));
  if (officer === null || !isTitlePrefix(officer[1]!)) return undefined;
  // "Peru's president, Maria Duarte,": the officer named in apposition.
  const named = actors.find((a) => a.label === "Person" && a.start > phraseEnd);
  const comma = named === undefined ? "" : text.slice(phraseEnd - start, named.start - start);
  return named !== undefined && /^\s*,\s*$/.test(comma)
    ? titledPerson(text, start, named, actors)
    : first;
}
