import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext, FundingMention } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { recipientOf } from "./funding-recipients.ts";

/**
 * "The package includes:" followed by items such as "- £20 million for joint investigation
 * teams" or "€15 million to modernise border management": right after a sentence about money
 * given, an item that opens on its amount and says what it is for is a part paid by the payer
 * just told of, to the purpose (or party) the item names.
 */

/** The item opens on the amount: perhaps a bullet or a number, perhaps an approximation. */
const OPENS_ON_AMOUNT =
  /^\s*(?:[-–¬—¦•*·]|\d{1,2}[.)])?\s*(?:(?:about|around|some|nearly|almost|roughly|up to|more than|over|an additional|a further|another)\s+)?$/i;
/** Right after the amount: what it is for. */
const FOR_WHAT = /^\s*(?:(?:in|of)\s+[\w\s-]{0,30}?\s+)?(?:for|to|towards?)\s/i;
/** A verb of its own makes the item a sentence of its own, read by the general rules. */
const OWN_VERB =
  /\b(?:will|would|was|were|is|are|has|have|had|said|says|pledged|provided|announced|gave|committed)\b/i;

/** A part of a package told of before, listed as an item that opens on its only amount. */
export function amountItem(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
  money: MoneyMention,
  context: FundingContext,
): FundingMention | undefined {
  const { text, start } = sentence.sentence;
  const funder = context.funder;
  if (funder === undefined) return undefined;
  if (!OPENS_ON_AMOUNT.test(text.slice(0, money.start - start))) return undefined;
  const after = text.slice(money.end - start);
  if (!FOR_WHAT.test(after) || OWN_VERB.test(after)) return undefined;
  const recipient = recipientOf(text, start, money, actors, undefined, false, start);
  if (recipient === undefined || ("actor" in recipient && recipient.actor.key === funder.key))
    return undefined;
  return { funder, recipient, money, purpose: undefined, part: true };
}
