import type { Held } from "./meeting-memory.ts";
import { nounType } from "./meeting-noun-type.ts";

/**
 * "Biteko, who also attended, said…", "Lamas, who was present, added…": one who joined the
 * meeting just told, with no noun naming it — the relative's verb closes at a comma or the end.
 */
export const BARE_JOINED =
  /\bwho\s+(?:had\s+)?(?:also\s+)?(?:attended|sat\s+in|was\s+(?:also\s+)?present|were\s+(?:also\s+)?present)\s*(?=[,;.]|$)/iu;

/**
 * "Tsahkna, Valtonen and Barth Eide attended in person.", "…, while Sybiha joined by video.": the
 * people listed right before took part in the meeting just told, with no noun naming it — the verb
 * (and how they took part) closes the clause. "attended a concert" names another occasion.
 */
export const LISTED_JOINED =
  /\b(?:also\s+)?(?:attended|took\s+part|participated|sat\s+in|(?:was|were)\s+(?:also\s+)?present|joined\s+(?:by|via|over)\s+(?:video(?:\s*link)?|videolink|videoconference|(?:tele)?phone)|joined\s+(?:remotely|virtually|online))(?:\s+(?:in\s+person|remotely|virtually|online|by\s+(?:video(?:\s*link)?|videolink|(?:tele)?phone)))?\s*(?=[,;.]|$)/iu;

/** The nouns that say which kind of meeting is joined: a call, or talks held face to face. */
const KIND_NOUN = /^(?:talks|meetings?|discussions|negotiations|call)$/i;

/**
 * The meeting a joined noun means: the last one held, unless it is of another kind and one of
 * that kind was told before. "A and B held talks on Tuesday. A also spoke by phone with C on
 * Monday. D, who sat in on the talks, said…": D joins the talks, not the call.
 */
export function heldOfKind(
  recent: Held | undefined,
  told: readonly Held[],
  noun: string | undefined,
): Held | undefined {
  if (recent === undefined || noun === undefined || !KIND_NOUN.test(noun)) return recent;
  const call = nounType(noun) === "call";
  if ((recent.type === "call") === call) return recent;
  return told.findLast((h) => (h.type === "call") === call) ?? recent;
}
