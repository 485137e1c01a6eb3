import type { Actor } from "../resolve/actor.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";

/** A quotation opening the sentence, still open where the amount stands, "we" acting in it. */
const QUOTED_WE = /^\s*["“][^"”]*\bwe(?:['’](?:ve|ll|d))?\s+([^"”]*)$/i;
/** After the closing quote: the attribution and its verb of saying, the speaker on either side. */
const ATTRIBUTION =
  /^[^"”]*?[,.!?]?["”]\s*(?=[^"“”]*\b(?:said|says|told|tells|added|announced|declared|stated|wrote|tweeted|posted)\b)/i;

/**
 * `"We will lend $500 million to Zambia," a spokesman for China said`, `"…," said Japan's foreign
 * minister`: the "we" that gives in a quotation is the party its attribution names — the first
 * one after the closing quote (a person for the state they speak for).
 */
export function quotedSpeaker(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  return quotedWe(text, start, money, actors, FUNDING_VERB);
}

/**
 * `"We received $500 million from China," Zambia's president said`: the "we" that receives, with
 * `receives` the verbs of receiving.
 */
export function quotedReceiver(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  receives: RegExp,
): Actor | undefined {
  return quotedWe(text, start, money, actors, receives);
}

/** The party an attribution names for a quoted "we" whose verb before the amount `verb` tells. */
function quotedWe(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  verb: RegExp,
): Actor | undefined {
  if (!/\bwe\b/i.test(text)) return undefined;
  const quoted = QUOTED_WE.exec(text.slice(0, money.start - start));
  // "we" is the subject of the verb that gives or receives the amount: "We will pledge…", "we
  // have received…".
  if (quoted === null || !verb.test(quoted[1] ?? "")) return undefined;
  const close = ATTRIBUTION.exec(text.slice(money.end - start));
  if (close === null) return undefined;
  const from = money.end + close[0].length;
  return actors.find((a) => a.start >= from && !a.place && a.via !== "pronoun");
}
