import type { Actor } from "../resolve/actor.ts";
import { issueOf } from "./funding-recipients.ts";
import type { Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/**
 * A verb giving goods, then the goods and their worth: "donated scanners worth", "will send 5,000
 * tonnes of rice valued at", "handed over two patrol boats worth" — not "exported", "sold",
 * "received" or a "supply contract valued at".
 */
const GOODS_GIVEN =
  /\b(?:donat(?:e|es|ed|ing)|gave|give|gives|giving|deliver(?:s|ed|ing)?|hand(?:s|ed|ing)? over|sen[dt]|sends|sending|ship|ships|shipp(?:ed|ing)|suppl(?:ied|ying)|provid(?:e|es|ed|ing)|gift(?:s|ed|ing)?)\s+((?:[^,;:]|,(?=\d)){1,80}?),?\s+(?:worth|valued(?:\s+at)?)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|an estimated)\s+)?$/i;

/** Whether the words before an amount give goods and value them at it ("donated tents worth"). */
export function givesGoods(before: string): boolean {
  return GOODS_GIVEN.test(before.slice(-100));
}

/** A count or measure before the goods: "5,000 tonnes of", "two", "120". */
const MEASURE =
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
  const m = GOODS_GIVEN.exec(text.slice(from, money.start - start));
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
  const bare = goods.replace(MEASURE, "").trim();
  return bare === "" ? undefined : issueOf(bare.toLowerCase());
}
