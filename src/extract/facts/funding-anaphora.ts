import type { FundingContext, Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "Sweden will give SEK 2.5 billion to a new PURL package. The Netherlands confirms €250 million
 * for the scheme.": a bare definite programme noun after the amount refers back to what the money
 * before went to.
 */
const THE_SCHEME =
  /^\s*(?:(?:more|extra)\s+)?(?:for|to|towards?|into)\s+(?:the|this|that)\s+(?:same\s+)?(?:scheme|programme|program|package|initiative|fund|plan|facility|effort|mechanism|project|appeal)\b(?!\s+(?:of|for|to|in|on)\b|['’])/i;

/** What money "for the scheme" goes to: the recipient in view, if the article has one. */
export function schemeInView(
  text: string,
  start: number,
  money: MoneyMention,
  context: FundingContext,
): Recipient | undefined {
  if (context.recipient === undefined) return undefined;
  return THE_SCHEME.test(text.slice(money.end - start, money.end - start + 60))
    ? context.recipient
    : undefined;
}
