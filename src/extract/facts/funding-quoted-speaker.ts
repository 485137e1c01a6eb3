import type { Actor } from "../resolve/actor.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";

/** A quotation opening the sentence, still open where the amount stands, "we" giving in it. */
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
  if (!/\bwe\b/i.test(text)) return undefined;
  const quoted = QUOTED_WE.exec(text.slice(0, money.start - start));
  // "we" is the subject of the verb that gives the amount: "We will pledge…", "we have decided
  // to provide…".
  if (quoted === null || !FUNDING_VERB.test(quoted[1] ?? "")) return undefined;
  const close = ATTRIBUTION.exec(text.slice(money.end - start));
  if (close === null) return undefined;
  const from = money.end + close[0].length;
  return actors.find((a) => a.start >= from && !a.place && a.via !== "pronoun");
}
