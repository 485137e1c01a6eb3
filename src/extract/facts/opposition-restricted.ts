import { withoutDanglingTail } from "./opposition-phrase-tail.ts";

/**
 * Nouns that say only that something is done or agreed, not what: "any initiative", "any deal",
 * "any attempt", "any act", "any activity". A clause after them says which.
 */
const GENERAL =
  /(?:^|\s)(?:(?:initiative|deal|arrangement|agreement|measure|attempt|move|step|action|process|plan|proposal|change|effort|solution|policy|scheme|project|act)s?|activit(?:y|ies))$/i;

/** "any initiative that undermines…": a generic noun and its restrictive relative clause. */
const RESTRICTED =
  /^\s*["“]?(?:any|every|all)\s+["“]?([^"”,;.]{3,40}?)\s+(?:that|which)\s+((?!(?:is|was|are|were|has|had|have)\b)[^,;.]{3,80})/i;

/**
 * "rejected any initiative that undermines the territorial integrity of Somalia": what is
 * opposed is said by the clause after the generic noun, which names no particular one.
 * `after` is the text after the verb, `phrase` the object read from it.
 */
export function restrictedGeneric(after: string, phrase: string): string | undefined {
  if (!GENERAL.test(phrase)) return undefined;
  const m = RESTRICTED.exec(after);
  if (m?.[1] !== phrase) return undefined;
  const words = `${phrase} that ${m[2]!.replace(/["“”]/g, "").trim()}`;
  return withoutDanglingTail(words.split(/\s+/).slice(0, 8).join(" "));
}
