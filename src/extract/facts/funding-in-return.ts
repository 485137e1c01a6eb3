import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingMention } from "./find-funding.ts";

/** Cheap gate: the price of a sale or a swap. */
const GATE = /\bin (?:return|exchange) for\b/i;
/** Right before the amount: "in return for $35 billion", "in exchange for about €2 billion". */
const PRICE =
  /\bin (?:return|exchange) for\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|up to)\s+)?$/i;

/** A thing handed, sold or leased "to" the other party earlier in the sentence. */
const HANDED_TO =
  /\b(?:hand(?:s|ed|ing)?(?:\s+over)?|s(?:old|ell|ells|elling)|leas(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|ced(?:e|es|ed|ing)|award(?:s|ed|ing)?|grant(?:s|ed|ing)?)\b[^;]*\bto\b/i;

/**
 * "Egypt handed the rights to the peninsula to ADQ, the Abu Dhabi state fund, in return for $35
 * billion": an amount paid "in return for" what one party handed, sold or leased "to" the other
 * is paid by the one it went to — the reverse of the giving the verb tells.
 */
export function inReturn(
  sentence: AnalyzedSentence,
  found: readonly FundingMention[],
): readonly FundingMention[] {
  const { text, start } = sentence.sentence;
  if (found.length === 0 || !GATE.test(text)) return found;
  return found.map((f) => {
    const to = f.recipient !== undefined && "actor" in f.recipient ? f.recipient.actor : undefined;
    if (f.funder === undefined || to === undefined) return f;
    const before = text.slice(0, f.money.start - start);
    if (!PRICE.test(before)) return f;
    if (!HANDED_TO.test(before)) return f;
    return { ...f, funder: to, recipient: { actor: f.funder } };
  });
}
