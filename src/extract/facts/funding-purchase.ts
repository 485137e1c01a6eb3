import { textBeforeAmount } from "./money.ts";
/**
 * Money that buys something is no funding: a contract's or an order's price, and what a buyer pays
 * a seller for goods or a stake. Neither gives anyone money for their own ends.
 */

/** Cheap gate: a word of buying or of a price before or after the amount. */
const TRADE_WORD = /\b(?:pa(?:y|ys|id|ying)|contract|order|tender|purchase|acquisition|takeover)/i;

/** "a $7 billion contract", "a $2 billion order for turbines" — not "a $50 million loan contract". */
const PRICE_NOUN =
  /^\s+(?:(?!(?:loan|grant|credit|aid|financ\w*|funding|for|of|to|in|from|with)\b)[\w-]+\s+){0,2}?(?:contracts?|orders?|tenders?|purchases?|acquisitions?|takeovers?)\b/i;

/** "paid", "will pay Iran", "is paying": a verb of paying right before the amount. */
const PAID_BEFORE =
  /\bpa(?:y|ys|id|ying)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:[\w-]+\s+)?(?:firms?|companies|company|contractors?|suppliers?|sellers?)\s+)?(?:(?:about|some|nearly|around|roughly|almost|more than|over|up to)\s+)?$/u;

/**
 * What a buyer pays for: a fuel or food traded, arms, a stake or shares — at most three words
 * before it ("for Russia's S-400 air defence system", "for gas supplies"). Not after "to
 * Ukraine": a state paid "for gas" is as often helped to buy it as selling it.
 */
const GOODS_AFTER =
  /^\s+(?:to\s+(?:[\w-]+\s+)?(?:firms?|companies|contractors?|suppliers?)\s+)?for\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?(?:gas|oil|crude|lng|fuel|electricity|shipments?|deliveries|cargoes|cargos|imports?|wheat|grain|rice|soybeans?|soya|coal|minerals?|goods|stakes?|shares|equity|jets?|aircraft|planes?|helicopters?|tanks?|warships?|frigates?|submarines?|missiles?|weapons|arms|systems?|ammunition|drones)\b/iu;

/**
 * "for Ukraine's gas purchases", "for Moldova's energy bills", "for Moldova's gas", "for
 * Ukraine's weapons": another state's buying or goods the payer covers is aid, not a purchase —
 * unlike "for Russia's S-400 system", a seller's product its model number names.
 */
const FOR_OTHERS =
  /^\s+for\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+(?:(?:[\w-]+\s+){0,2}?(?:purchases?|imports?|needs|bills?|costs|payments?)\b|(?![\w\s-]{0,30}\d))/u;

/**
 * "for shipments of grain to Somalia", "for Patriot missiles for Ukraine": goods sent on to a
 * party named after them are that party's aid, not the payer's purchase.
 */
const SENT_ON = /^\s+for\s+[^.,;]{0,60}?\b(?:to|for)\s+(?:the\s+)?\p{Lu}/u;

/** "paid $300 million to Chinese contractors": a firm paid is a seller, not a recipient of aid. */
const TO_SELLER =
  /^\s+to\s+(?:[\w-]+\s+){0,2}?(?:contractors?|firms?|companies|suppliers?|sellers?|bondholders?|creditors?)\b/i;

/** "in March", "last year", "so far": a time between the amount and what it paid for. */
const TIME_AFTER = /^\s+(?:in\s+\w+|last\s+\w+|this\s+\w+|so far)\b/i;

/** Whether the amount is a price paid for goods, a stake or a contract rather than money given. */
export function isPurchase(
  text: string,
  start: number,
  money: { start: number; end: number },
): boolean {
  if (!TRADE_WORD.test(text)) return false;
  const after = text.slice(money.end - start, money.end - start + 120);
  if (PRICE_NOUN.test(after)) return true;
  const before = textBeforeAmount(text, start, money, 60);
  if (!PAID_BEFORE.test(before)) return false;
  const rest = after.replace(TIME_AFTER, "");
  return (
    TO_SELLER.test(rest) ||
    (GOODS_AFTER.test(rest) && !FOR_OTHERS.test(rest) && !SENT_ON.test(rest))
  );
}
