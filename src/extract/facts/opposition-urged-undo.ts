import type { Actor } from "../resolve/actor.ts";
import { actorsBetween } from "./clause.ts";
import { targetOf, type OppositionTarget } from "./opposition-target.ts";

/** The verbs of undoing a measure: "reverse", "scrap", "withdraw". */
const UNDO = "reverse|rescind|revoke|withdraw|drop|scrap|abandon|repeal|retract|overturn|annul";

/** Their participles: "scrapped", "withdrawn". */
const UNDONE =
  "scrapped|withdrawn|repealed|reversed|revoked|rescinded|dropped|abandoned|annulled|overturned";

/**
 * "urged Ottawa to drop the tariffs", "called on the United States to reverse it", "pressed
 * Hungary to withdraw its veto", "demanded that Lima withdraw the decree": asking a party to undo
 * what it did is a stance against what it did — or against the party, when what it did is told
 * only by a pronoun. The first or second group is the party asked. Urging, calling on, pressing,
 * asking and appealing need "to" before the verb of undoing ("asked whether Britain would
 * withdraw" asks nothing); only "demand/insist that" takes a bare verb or "should/must", and
 * saying so ("said France should scrap the accord") needs "should/must" and a party other than
 * the speaker ("said it should drop the plan" is a change of mind). A call to stop fighting ("urged both sides to halt hostilities") undoes nothing, and one
 * to reconsider is a request, not yet a stance; neither is read, nor a call not to undo
 * ("urged donors not to abandon the refugees" supports them).
 */
export const URGED_UNDO = new RegExp(
  String.raw`\b(?:(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+((?:[\p{L}\d'’.-]+\s+){1,6}?)(?<!\b(?:not|never)\s+)to|(?:demand|insist)(?:s|ed|ing)?\s+that\s+((?:[\p{L}\d'’.-]+\s+){1,6}?)(?:should|must)?|(?:said|says|added|argued)\s+(?:that\s+)?(?!(?:it|we|i|he|she|they)\s)((?:[\p{L}\d'’.-]+\s+){1,6}?)(?:should|must))\s*(?:(?:immediately|urgently|swiftly|quickly|also)\s+)?(?:${UNDO})\b`,
  "giu",
);

/** Cheap test for URGED_UNDO: one of its verbs of undoing. */
export const URGED_UNDO_HINT = new RegExp(String.raw`\b(?:${UNDO})\b`, "i");

/** What an URGED_UNDO match asks to undo, or the party asked when that is only a pronoun. */
export function undoneTarget(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const end = start + m.index + m[0].length;
  const object = targetOf(text, start, end, parties, "urged");
  if (object !== undefined) return object;
  const group = m[1] ?? m[2] ?? m[3] ?? "";
  const from = start + m.index + m[0].indexOf(group, 4);
  const asked = actorsBetween(parties, from, from + group.length).find(
    (a) => !a.possessive && !a.place,
  );
  return asked === undefined ? undefined : { actor: asked };
}

/**
 * "called for the tariffs to be scrapped", "demanded the decree be withdrawn": asking that a
 * thing be undone is a stance against it. The group is the thing.
 */
export const CALLED_UNDONE = new RegExp(
  String.raw`\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|want(?:s|ed)?|urg(?:e|es|ed|ing))\s+((?:[\p{L}\d'’.-]+\s+){1,8}?)(?:to\s+)?be\s+(?:immediately\s+)?(?:${UNDONE})\b`,
  "giu",
);

/** Cheap test for CALLED_UNDONE. */
export const CALLED_UNDONE_HINT = new RegExp(
  String.raw`\bbe\s+(?:immediately\s+)?(?:${UNDONE})`,
  "i",
);

/** The thing a CALLED_UNDONE match asks to undo: the words of its group. */
export function calledUndone(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const from = m.index + m[0].indexOf(m[1] ?? "", 4);
  return targetOf(text.slice(0, from + (m[1] ?? "").length), start, start + from, parties);
}
