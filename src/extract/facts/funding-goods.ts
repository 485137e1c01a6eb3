import type { Actor } from "../resolve/actor.ts";
import { issueOf } from "./funding-recipients.ts";
import type { Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/** What follows a verb giving goods: the goods, then their worth ("tents worth", "rice valued at"). */
const GOODS_WORTH = String.raw`\s+((?:[^,;:]|,(?=\d)){1,80}?),?\s+(?:worth|valued(?:\s+at)?)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|an estimated)\s+)?$`;

/**
 * A verb that gives goods away, then the goods and their worth: "donated scanners worth", "handed
 * over two patrol boats worth", "gifted 20 ambulances valued at" — not "exported", "sold",
 * "received" or a "supply contract valued at".
 */
const GOODS_DONATED = new RegExp(
  String.raw`\b(?:donat(?:e|es|ed|ing)|hand(?:s|ed|ing)? over|gift(?:s|ed|ing)?)${GOODS_WORTH}`,
  "i",
);

/**
 * A verb that moves goods, given or traded alike, then the goods and their worth: "will send 5,000
 * tonnes of rice valued at", "shipped goods worth", "will provide the navy with frigates worth".
 * Given only with an aid cue in the clause (AID_CUE).
 */
const GOODS_MOVED = new RegExp(
  String.raw`\b(?:gave|give|gives|giving|deliver(?:s|ed|ing)?|sen[dt]|sends|sending|ship|ships|shipp(?:ed|ing)|suppl(?:ied|ying)|provid(?:e|es|ed|ing))${GOODS_WORTH}`,
  "i",
);

/** "as a gift", "as donations", "free of charge": how goods were given, wherever it stands. */
const AS_GIFT = String.raw`as\s+(?:a\s+)?(?:gifts?|donations?)|free\s+of\s+charge`;

/**
 * "relief supplies", "as a gift", "free of charge": what says goods sent or supplied are given,
 * not sold ("Kenya sent flowers worth $600 million to the Netherlands" is trade) — not "with the
 * aid of", which says how.
 */
const AID_CUE = new RegExp(
  String.raw`\b(?:relief|aid(?!\s+of\b)|humanitarian|donations?|${AS_GIFT})\b`,
  "i",
);

/**
 * "Vietnam will send 5,000 tonnes of rice valued at $3 million": goods a party says it will send
 * are a pledge, which trade seldom is — trade is told as goods already shipped, or as a contract.
 */
const PLEDGED_BEFORE = /\b(?:will|would|shall|(?:is|are)\s+to)\s+(?:also\s+|soon\s+)?$/i;

/** "contract", "order", "exports", "sold": what says goods moved are traded, pledged or not. */
const TRADE_CUE =
  /\b(?:contracts?|deals?|orders?|exports?|exported|imports?|imported|sales?|sold|sells?|buy|buys|bought|purchas\w*|trade|traded|commercial)\b/i;

/**
 * "will send liquefied natural gas worth $2 billion": fuels sold in bulk under supply deals, whose
 * pledged shipments are sales as often as not.
 */
const BULK_FUEL = /\b(?:gas|LNG|oil|crude|coal|diesel|petroleum)\b/i;

/**
 * "sent water tankers worth $3 million to Syria free of charge": words that say how the goods
 * were sent, which may follow the amount in its clause (up to a comma) — unlike "aid", which there
 * may name another matter.
 */
const GIFT_AFTER = new RegExp(String.raw`^[^,.;]*?\b(?:${AS_GIFT})\b`, "i");

/**
 * "delivered rice worth $5 million in emergency aid", "… as humanitarian assistance": aid that
 * names the amount's own kind right after it — unlike aid further on in the clause ("to Egypt
 * under a military aid deal"), which may be another matter's. Only kinds stand before "aid": a
 * preposition makes the aid the goods' counterpart ("in exchange for aid", "as payment for
 * aid", "in a show of aid").
 */
const AID_KIND_AFTER =
  /^\s*(?:in|as)\s+(?:(?:(?:a|an|its|their)\s+)?(?!(?:of|for|to|with|from|against|in|on|by)\b)[a-z-]+\s+){0,2}?(?:aid|assistance|relief)\b(?!-)/i;

/**
 * The goods given, and where their phrase starts in `before`, if the words before an amount give
 * goods and value them at it: a verb of donating, or a verb of sending or supplying with an aid
 * cue in its clause's words before the amount ("sent relief supplies worth") — a cue after the
 * amount ("…to Egypt, which also receives US military aid") is another matter's — or pledged,
 * with no word of trade in the clause and goods that are no fuel sold in bulk.
 */
function goodsGiven(before: string, after: string): RegExpExecArray | null {
  const donated = GOODS_DONATED.exec(before);
  if (donated !== null) return donated;
  const moved = GOODS_MOVED.exec(before);
  if (moved === null) return null;
  const own = before.slice(before.search(/[^.;]*$/));
  if (AID_CUE.test(own) || GIFT_AFTER.test(after) || AID_KIND_AFTER.test(after)) return moved;
  return PLEDGED_BEFORE.test(before.slice(0, moved.index)) &&
    !TRADE_CUE.test(`${own} ${after.split(/[.;]/)[0] ?? ""}`) &&
    !BULK_FUEL.test(moved[1] ?? "")
    ? moved
    : null;
}

/** Whether the words before an amount give goods and value them at it ("donated tents worth"). */
export function givesGoods(before: string, after = ""): boolean {
  return goodsGiven(before.slice(-100), after) !== null;
}

/** A count or quantity before the goods: "5,000 tonnes of", "two", "120". */
const QUANTITY =
  /^(?:(?:a|an|the|some|its|their|[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\s+)+(?:(?:tonnes|tons|kilograms|litres|liters|barrels|units|pieces|sets|batches|consignments|shipments|containers|boxes|doses|packages|kits|lorry-?loads|truckloads)\s+of\s+)?/i;

/**
 * "China handed over police equipment worth 25 million yuan": goods valued in money go to what
 * they are, the purpose, when the sentence names no recipient.
 */
export function goodsPurpose(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Recipient | undefined {
  const from = Math.max(0, money.start - start - 100);
  const m = goodsGiven(text.slice(from, money.start - start), text.slice(money.end - start));
  const goods = m?.[1];
  if (m === null || goods === undefined) return undefined;
  // "handed over 20 fire engines to Laos's fire service on Monday, worth…": the party after "to".
  const goodsStart = start + from + m.index + m[0].indexOf(goods);
  const to = actors.find(
    (a) =>
      a.label !== "Person" &&
      a.start > goodsStart &&
      a.end <= goodsStart + goods.length &&
      /\bto\s+(?:the\s+)?$/i.test(text.slice(goodsStart - start, a.start - start)),
  );
  if (to !== undefined) return { actor: { key: to.key, label: to.label } };
  const bare = goods.replace(QUANTITY, "").trim();
  return bare === "" ? undefined : issueOf(bare.toLowerCase());
}
