import type { StanceCandidate } from "./opp-candidates.ts";

/**
 * What the whole article says of a candidate's ends, added to its sentence's features once the
 * article is read. A holder the rules already found a stance of elsewhere ("Peru condemned the
 * decree" in the first paragraph) is seldom opposing yet another party in a later sentence that
 * merely names both; a pair that several sentences bring together with a stance word more often
 * is one.
 */
export function articleFeatures(c: StanceCandidate, all: readonly StanceCandidate[]): string[] {
  let sentences = 0;
  let holderRuled = false;
  let targetRuled = false;
  let reverseRuled = false;
  let pairRuled = false;
  let last = -1;
  for (const o of all) {
    // A rule's proposal counts the rules' sentences only: its features are the same whether the
    // wide pairs were made or not (see addStances).
    const counted = c.mention === undefined || o.mention !== undefined;
    if (counted && o.holder === c.holder && o.target === c.target && o.sentence !== last) {
      sentences++;
      last = o.sentence;
    }
    if (o.mention === undefined) continue;
    if (o.holder === c.holder) {
      if (o.target === c.target) pairRuled = true;
      else holderRuled = true;
    }
    if (o.target === c.target && o.holder !== c.holder) targetRuled = true;
    if (o.holder === c.target && o.target === c.holder) reverseRuled = true;
  }
  const out = [`pair-sentences=${Math.min(sentences, 4)}`];
  if (pairRuled) out.push("pair-ruled-art");
  if (holderRuled) out.push("h-ruled-art", `h-ruled-art×pair=${pairRuled}`);
  if (targetRuled) out.push("t-ruled-art");
  if (reverseRuled) out.push("reverse-ruled-art");
  return out;
}
