import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { standIns } from "./meeting-bare-number.ts";

/**
 * "shuttled between the two delegations", "carried messages between the sides": a go-between's
 * verb and the sides of talks, not named. Not "talks between the two sides", which may be others'.
 */
const SIDES =
  /\b(?:shuttl(?:ed|es|ing|e)|mediat(?:ed|es|ing)|(?:carried|carrying|carries|relayed|relaying|relays|passed|passing|ferried|ferrying)\s+(?:[\p{L}-]+\s+){0,2}?(?:messages|proposals|notes|offers|drafts|texts))(?:\s+back\s+and\s+forth)?\s+(between\s+(?:the\s+)?(?:two\s+|rival\s+|warring\s+)?(?:delegations|sides|parties|camps|teams|negotiators|negotiating\s+teams))\b/iu;
const maySpeakOfSides = gatedTest(/\bbetween\b/);

/**
 * "Karimi and Dalton held indirect talks in Muscat on Sunday. Al-Harthy shuttled between the two
 * delegations": the sides a go-between or host moves between, unnamed, are the people of the
 * meeting told just before — each an actor at the phrase's place. None when that meeting had
 * fewer than two people or its people are named in the sentence itself.
 */
export function sidesMeant(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  told: readonly Actor[],
): Actor[] {
  const { text, start } = s.sentence;
  if (told.length < 2 || !maySpeakOfSides(text)) return [];
  const m = SIDES.exec(text);
  if (m === null) return [];
  if (actors.some((a) => a.label === "Person" && told.some((t) => t.key === a.key))) return [];
  const to = start + m.index + m[0].length;
  return standIns(s, told, to - (m[1]?.length ?? 0) + "between ".length, to);
}
