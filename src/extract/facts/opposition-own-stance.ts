import type { Actor } from "../resolve/actor.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { targetOf, type OppositionTarget } from "./opposition-target.ts";
import { judgeable } from "./opposition-valence.ts";

/** Nouns of a stance against something: "its criticism of", "his objections to". */
const GRIEVANCES = [
  "criticism",
  "condemnation",
  "objections?",
  "opposition",
  "complaints?",
  "disapproval",
  "rejection",
];

/** Nouns of a feeling, against something only when it names a party or an act (see FEELING). */
const FEELINGS = [
  "frustration",
  "anger",
  "displeasure",
  "dissatisfaction",
  "concerns?",
  "misgivings",
  "reservations",
];

/**
 * "The Arab League followed with its own criticism of Israel", "Vietnam stepped up its criticism
 * of the survey ship", "did not hide his frustration with Canberra's approval", "has made no secret
 * of its opposition to the dam", "recalled its envoy, citing objections to the arrest": a stance
 * told by a noun its holder owns ("its", "his") or cites, whatever verb carries it. The holder is the clause's subject; what follows the preposition is opposed.
 * The match opens on the verb before the noun (the group), so that a second verb shares the
 * first one's subject ("welcomed the grant but repeated his objections to…"); litotes ("did not
 * hide", "made no secret of") open it too, so they deny nothing.
 */
export const OWN_STANCE = new RegExp(
  String.raw`\b(?:(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|does\s+not|doesn['’]t)\s+(?:hide|conceal|disguise|mask)\s+|mak(?:e|es|ing)\s+no\s+secret\s+of\s+|made\s+no\s+secret\s+of\s+|([a-z]+\s+(?:(?:with|up|out|on|of)\s+)?))?(?:(?:its|his|her|their)\s+|citing\s+["“]?)(?:(?:own|strong|sharp|deep|main|chief|latest|continued|long-?standing|growing|mounting|repeated|public|fierce|firm|vocal)\s+){0,2}(?:${[...GRIEVANCES, ...FEELINGS].join("|")})\s+(?:of|to|with|at|about|over|against|towards?)\s+`,
  "g",
);

/**
 * Cheap test for OWN_STANCE: a possessive pronoun or "citing", then one of its nouns within three
 * words (case kept: both are lowercase where the frame can hold).
 */
export const OWN_STANCE_HINT =
  /\b(?:its|his|her|their|citing)\s+["“]?(?:[a-z-]+\s+){0,2}?(?:critic|condemn|objection|opposition|frustrat|anger|displeas|dissatisf|concern|complain|misgiving|reservation|disapprov|rejection)/;

/**
 * A stance given up or passed over is none of the subject's: "dropped its objections to", "withdrew
 * its opposition to", "walked back its criticism of", "toned down its condemnation of", "approved
 * the treaty despite his objections", "had no objections to", and one's stance heard or turned
 * away by another ("the court rejected his objections to…").
 */
const NOT_HELD =
  /\b(?:back|down|retract(?:s|ed|ing)?|drop(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|lift(?:s|ed|ing)?|abandon(?:s|ed|ing)?|end(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|set(?:s|ting)?\s+aside|overc(?:ome|ame|omes|oming)|overr(?:ule|uled|ode|ides|idden)|eas(?:e|es|ed|ing)|soften(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|despite|notwithstanding|over|against|without|no|addressed|allay(?:s|ed|ing)?|dispel(?:s|led|ling)?|answer(?:s|ed|ing)?|heard|noted|understood|understands?|shares?|shared|explain(?:s|ed|ing)?|to|ignor\w*|reject\w*|dismiss\w*|rebuff\w*|listen\w*\s+to|respond\w*\s+to|acknowledg\w*|accept\w*|met|meet(?:s|ing)?)\s+$/i;

/** Nouns of feeling, FEELINGS: "his frustration with the weather" opposes nothing. */
const FEELING = new RegExp(FEELINGS.join("|"), "i");

/** The stances OWN_STANCE tells in a sentence whose HINT passed. */
export function ownStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  return byPattern(text, start, parties, OWN_STANCE, (m) => ownedTarget(text, start, m, parties));
}

function ownedTarget(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  if (NOT_HELD.test(text.slice(0, m.index) + (m[1] ?? ""))) return undefined;
  const target = targetOf(text, start, start + m.index + m[0].length, parties);
  if (target === undefined) return undefined;
  // A feeling may be about anything; a complaint or an objection is against what it names.
  return !FEELING.test(m[0]) || judgeable(target) ? target : undefined;
}
