import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Token } from "../text/tokenize.ts";
import type { FundingMention } from "../facts/find-funding.ts";

/**
 * Where a candidate recipient was found: a mention in the sentence (an actor), the rules' choice
 * when it is no actor of the sentence (an issue, a body named before), one of the countries named
 * before the sentence (`rank` 0 the most recent), the recipient in view, or the article's most
 * named country.
 */
export type CandidatePlace =
  | Actor
  | { readonly kind: "rule" }
  | { readonly kind: "earlier"; readonly rank: number }
  | { readonly kind: "view" }
  | { readonly kind: "top" };

export interface CandidateFacts {
  readonly rule: boolean;
  readonly place: CandidatePlace;
  readonly key: string;
  /** How the article's countries rank by mentions so far: 0 the most named, undefined unnamed. */
  readonly rank: number | undefined;
  /** The recipient earlier sentences left in view. */
  readonly inView: boolean;
}

/**
 * What the sentence says of the money as a whole: which families of verbs and nouns it uses.
 * "Japan will lend Mongolia ¥1.4 billion" is `lend`; "trade between them reached $3 billion" is
 * `trade`; "the loan, still under negotiation" is `lend` and `unsettled`.
 */
const CUES: readonly (readonly [string, RegExp])[] = [
  ["lend", /\b(?:lend|lent|loans?|credit|borrow)/i],
  ["grant", /\b(?:grants?|donat|aid\b|gift|humanitarian|relief)/i],
  ["pledge", /\b(?:pledg|promis|commit)/i],
  ["invest", /\b(?:invest|stake|equity|shares?\b)/i],
  ["allocate", /\b(?:allocat|earmark|set aside|budget)/i],
  ["disburse", /\b(?:disburs|releas|transfer|tranche)/i],
  ["approve", /\b(?:approv|sign(?:ed|s)?\b|announc|unveil)/i],
  ["buy", /\b(?:buy|bought|purchas|contract|price)/i],
  ["trade", /\b(?:trade|exports?|imports?|turnover)\b/i],
  ["debt", /\b(?:debts?|owe[sd]?|owing|repa(?:y|id)|arrears)\b/i],
  ["unsettled", /\b(?:propos|consider|seek|sought|ask|request|appeal|negotiat|could|may|might)/i],
  ["halted", /\b(?:suspend|freez|froze|halt|paus|withh[oe]ld|cut)/i],
  ["quote", /["“”]/],
];

/** The words a candidate's preposition may be: "to Kenya", "for the railway", "into Zambia". */
const PREPOSITIONS = new Set([
  "to",
  "for",
  "in",
  "into",
  "towards",
  "toward",
  "with",
  "from",
  "by",
  "of",
  "on",
  "at",
  "across",
  "through",
]);

/** Words that stand between a preposition and its noun: "to the", "for its". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that"]);

/** How far apart two things stand, in tokens, bucketed. */
export function distance(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return "3-4";
  if (n <= 8) return "5-8";
  if (n <= 15) return "9-15";
  return "16+";
}

/** The sentence's cues, once per amount. */
export function sentenceCues(s: AnalyzedSentence): string[] {
  const text = s.sentence.text;
  const out: string[] = [];
  for (const [name, re] of CUES) if (re.test(text)) out.push(name);
  return out;
}

/** How many words before and after the amount the acceptance model reads. */
const BEFORE_AMOUNT = 8;
const AFTER_AMOUNT = 6;

/**
 * The features of an amount as a whole, for whether it is funding at all: the sentence's cues,
 * the words around the amount ("is still assessing a €120 million programme", "a debt of $700
 * million", "applied for €43.7 billion"), the payer's and the rules' recipient's types, and
 * whether the rules read it as a part of an earlier amount or as said by its recipient.
 */
export function acceptFeatures(
  f: FundingMention,
  s: AnalyzedSentence,
  cues: readonly string[],
): string[] {
  // A push loop, not cues.map: one kind of array in every tier of V8 (packed-map.ts).
  const out: string[] = [];
  for (const c of cues) out.push(`cue:${c}`);
  out.push(`payer:${f.funder?.label ?? "none"}`);
  if (f.payerChange !== undefined) out.push(`payer:${f.payerChange}`);
  const r = f.recipient;
  out.push(`to:${r === undefined ? "none" : "actor" in r ? r.actor.label : "issue"}`);
  if (f.part === true) out.push("part");
  if (f.received === true) out.push("received");
  const tokens = s.tokens;
  const money = moneyTokens(tokens, f);
  const from = Math.max(0, money.from - BEFORE_AMOUNT);
  const to = Math.min(tokens.length, money.to + AFTER_AMOUNT);
  for (let i = from; i < to; i++) {
    if (i >= money.from && i < money.to) continue;
    const t = tokens[i]!;
    if (t.punct || t.capitalized) continue;
    out.push(`${i < money.from ? "before" : "after"}:${t.lower}`);
  }
  return out;
}

/**
 * The features of one candidate recipient of amount `f`. Families:
 * - origin: where the candidate was found, its type ("country", "org", "issue"), how the
 *   sentence referred to it (name, pronoun, description). Whether the rules chose it is no
 *   feature alone (on dev, which the rules were written against, their choice is right far more
 *   often than on unseen prose; the choice, chooseCandidate, keeps it unless another clearly
 *   wins), but it is crossed with each cue below, and nearly every funding sentence has one:
 *   "cue×origin:approve:rule" weighs 1.07. Without the cross, out of fold the kept-out articles
 *   gain a fact (126/54/85 -> 127/52/84) and two construction tests fail ("respectively", "The
 *   amount consists of…");
 * - position: before or after the amount, how far, the preposition before it ("$5m to Kenya",
 *   "for the railway"), the words next to it ("lend Kenya", "Zambia's section"), the words
 *   between amount and candidate;
 * - the payer: on which side of the payer the candidate stands, whether it sits between payer and
 *   amount ("Japan gave Mongolia ¥1.4bn");
 * - the sentence's cues (lend, grant, trade, debt…) crossed with the candidate's type, and with
 *   whether the rules chose it (their choice in a sentence of trade is less sure);
 * - the article: how the country ranks by mentions so far, the recipient earlier sentences left
 *   in view.
 */
export function recipientFeatures(
  f: FundingMention,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  cues: readonly string[],
  c: CandidateFacts,
): string[] {
  const type = c.key.slice(0, c.key.indexOf(":"));
  const out = [`type:${type}`];
  if (c.rank === 0) out.push("top", `top×type:${type}`);
  if (type === "country") out.push(`rank:${c.rank === undefined ? "none" : Math.min(c.rank, 3)}`);
  if (c.inView) out.push("inView");
  for (const cue of cues)
    out.push(`cue×type:${cue}:${type}`, `cue×origin:${cue}:${c.rule ? "rule" : "new"}`);
  const place = c.place;
  if ("kind" in place) {
    if (place.kind !== "rule") out.push(`place:${place.kind}`);
    if (place.kind === "earlier") out.push(`earlier:${place.rank}`);
    if (place.kind === "rule") out.push(...issuePosition(f, s, c.key));
    return out;
  }
  out.push("place:sentence", `via:${place.via}`);
  if (place.possessive) out.push("possessive");
  out.push(...position(f, s, place.from, place.to, type));
  out.push(...payerSide(f, actors, place));
  return out;
}

/** Where the candidate stands against the amount: side, distance, preposition, words between. */
function position(
  f: FundingMention,
  s: AnalyzedSentence,
  from: number,
  to: number,
  type: string,
): string[] {
  const tokens = s.tokens;
  const money = moneyTokens(tokens, f);
  const after = from >= money.to;
  const side = after ? "after" : "before";
  const gapFrom = after ? money.to : to;
  const gapTo = after ? from : money.from;
  const out = [`side:${side}`, `dist:${side}:${distance(Math.max(0, gapTo - gapFrom))}`];
  out.push(`word-1:${wordAt(tokens, from - 1)}`, `word+1:${wordAt(tokens, to)}`);
  const prep = prepositionBefore(tokens, from);
  out.push(`prep:${prep}`, `prep×type:${prep}:${type}`, `prep×side:${prep}:${side}`);
  if (gapTo - gapFrom <= 10) {
    for (let i = gapFrom; i < gapTo; i++) {
      const t = tokens[i]!;
      if (t.capitalized && !t.punct) continue;
      out.push(`between:${t.lower}`);
    }
  } else out.push("between:far");
  return out;
}

/**
 * A neighbouring word as a feature: lowercase words as written ("lend Kenya", "Zambia's
 * section"), a capitalised one only as such, never its text: names are no features.
 */
function wordAt(tokens: readonly Token[], at: number): string {
  const t = tokens[at];
  if (t === undefined) return "edge";
  return t.capitalized && !t.punct ? "Cap" : t.lower;
}

/** The preposition just before a token (past one determiner), "none", or "start". */
function prepositionBefore(tokens: readonly Token[], at: number): string {
  let i = at - 1;
  if (i >= 0 && DETERMINERS.has(tokens[i]!.lower)) i--;
  if (i < 0) return "start";
  const word = tokens[i]!.lower;
  if (PREPOSITIONS.has(word)) return word;
  return tokens[i]!.punct ? "punct" : "none";
}

/** The token range of the amount. */
export function moneyTokens(
  tokens: readonly Token[],
  f: FundingMention,
): { from: number; to: number } {
  let from = tokens.length;
  let to = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (from === tokens.length && t.end > f.money.start) from = i;
    if (t.start >= f.money.end) {
      to = i;
      break;
    }
  }
  return { from, to: Math.max(from, to) };
}

/** The rules' issue found again in the sentence: its position as an actor's would be read. */
function issuePosition(f: FundingMention, s: AnalyzedSentence, key: string): string[] {
  if (!key.startsWith("issue:")) return ["issue:none"];
  const words = key.slice("issue:".length).split("-");
  const out = [`issueWords:${distance(words.length)}`];
  const head = words.at(-1) ?? "";
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.folded !== head) continue;
    const from = Math.max(0, i - words.length + 1);
    return [...out, "issue:found", ...position(f, s, from, i + 1, "issue")];
  }
  return [...out, "issue:unfound"];
}

/** The candidate against the payer's mention in the sentence, if it has one. */
function payerSide(f: FundingMention, actors: readonly Actor[], a: Actor): string[] {
  const payer = actors.find((p) => p.key === f.funder?.key);
  if (payer === undefined) return ["payer:unnamed"];
  const out = [a.from > payer.from ? "payer:after" : "payer:before"];
  const lo = Math.min(payer.start, f.money.start);
  const hi = Math.max(payer.end, f.money.end);
  if (a.start >= lo && a.end <= hi) out.push("payer:between");
  if (payer.country !== undefined && a.key === `country:${payer.country}`) out.push("payer:home");
  return out;
}
