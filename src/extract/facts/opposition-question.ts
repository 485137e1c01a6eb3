import type { Actor } from "../resolve/actor.ts";

/** A capitalised word after a space: a body the sentence could name in capitals. */
const CAPITALISED_WORD = /\s\p{Lu}/u;

/**
 * "Will Norway veto the quotas?", '"Is Japan opposed to the deal?" the paper asked': a yes-no
 * question asks whether a stance is held; it states none.
 */
const YES_NO_QUESTION =
  /^\W*(?:will|would|could|can|should|shall|does|do|did|is|are|was|were|has|have|had|may|might|must)\s[^.!?]*\?/i;

/**
 * A stance needs someone to hold it: a sentence naming no party, nor any body it could name in
 * capitals ("The opposition Perikatan Nasional coalition…"), is not searched, nor is a question.
 */
export function maySearchStances(text: string, parties: readonly Actor[]): boolean {
  return (parties.length > 0 || CAPITALISED_WORD.test(text)) && !YES_NO_QUESTION.test(text);
}
