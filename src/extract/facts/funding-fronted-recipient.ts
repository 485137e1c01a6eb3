import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Party, Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "For Tonga, Australia pledged A$15 million", "To help Haiti, Canada…", "As for Nepal, India…":
 * a phrase fronted before the subject, then a comma. Cheap to test: most sentences open on
 * neither word.
 */
const FRONTED_FOR =
  /^\W*(?:as\s+for|for|(?:in\s+order\s+)?to\s+(?:help|support|assist|aid|back))\s+(?:the\s+)?$/i;
const OPENS_FOR_OR_TO = /^\W*(?:as\s+for|for|in\s+order|to)\s/i;

/**
 * The party a fronted "for"/"to help" phrase names is the recipient of money the main clause
 * gives and leaves without one: "For Tonga, Australia committed A$15 million." — the state (or
 * body) must be the phrase's first word after the preposition or verb ("To assist Tonga's
 * recovery" too), the phrase must end in a comma before the amount, and it is never the payer
 * ("For its part, Japan…", "For Japan, the plan is costly" name no other party).
 */
export function frontedRecipient(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Party | undefined,
): Recipient | undefined {
  if (funder === undefined || !OPENS_FOR_OR_TO.test(text)) return undefined;
  const first = actors.find((a) => a.label !== "Person" && a.end <= money.start);
  if (first === undefined || first.key === funder.key) return undefined;
  if (!FRONTED_FOR.test(text.slice(0, first.start - start))) return undefined;
  const comma = text.indexOf(",", first.end - start);
  if (comma < 0 || comma + start >= money.start) return undefined;
  // The phrase holds no other party: "For Germany and France, …" is not one recipient.
  if (actors.some((a) => a !== first && a.start > first.end && a.end <= comma + start))
    return undefined;
  return { actor: { key: first.key, label: first.label } };
}

/**
 * "Along with Spain, Portugal pledged €6 million", "Like Japan, Korea…": a phrase fronted before
 * the subject that joins a party to the payer names a co-payer, never where the money goes.
 */
const FRONTED_WITH =
  /^\W*(?:along(?:side)?\s+with|together\s+with|alongside|like|joining)\s+(?:the\s+)?$/i;

export function frontedCoPayer(s: AnalyzedSentence, a: Actor): boolean {
  const { text, start } = s.sentence;
  if (a.start < start || !FRONTED_WITH.test(text.slice(0, a.start - start))) return false;
  return /^[^,.;:]{0,40},/.test(text.slice(a.end - start));
}
