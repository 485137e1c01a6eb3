import { textBeforeAmount } from "./money.ts";
import type { Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";

/** "pay for the", "finance a", "build the": a verb of paying or building right before the amount. */
const PAYS_FOR =
  /\b(?:pay(?:s|ing)?\s+for|paid\s+for|financ(?:e|es|ed|ing)|co-financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|build(?:s|ing)?|built|cover(?:s|ed|ing)?)\s+(?:the|a|an|its|their)\s+$/i;
/** The noun phrase the amount modifies: "approach road", "new terminal", "rail link". */
const WORK =
  /^\s*((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s*(?:[,.;:]|$|\b(?:in|on|at|near|across|between|from|to|that|which|and|with|by|over|under|this|next|last)\b))/;
/** Money nouns name what is paid, not what it is paid for: those are read elsewhere. */
const MONEY_WORD =
  /\b(?:aid|assistance|package|loans?|grants?|funding|financing|credit|bailout|deal|agreement|facility|programme|program|support|investment|budget|fund|tranche|deposit|swap)$/;

/**
 * "Brunei will pay for the B$30 million approach road on its own side": an amount written before
 * the noun of the work it pays for makes that work the purpose.
 */
export function paidWork(text: string, start: number, money: MoneyMention): Recipient | undefined {
  if (!PAYS_FOR.test(textBeforeAmount(text, start, money, 30))) return undefined;
  const work = WORK.exec(text.slice(money.end - start, money.end - start + 60))?.[1];
  if (work === undefined || MONEY_WORD.test(work)) return undefined;
  return issueOf(work);
}
