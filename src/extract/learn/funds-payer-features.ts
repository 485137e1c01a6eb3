import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Token } from "../text/tokenize.ts";
import type { FundingMention } from "../facts/find-funding.ts";
import {
  HEAD_OF_STATE_TITLES,
  LEADING_ROLES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from "../gazetteer/titles.ts";
import { DATE_WORDS, FUNCTION_WORDS, ORG_KEYWORDS } from "../gazetteer/words.ts";
import { distance, moneyTokens } from "./funds-features.ts";

/**
 * Where a candidate payer comes from; one candidate may come from several places at once
 * ("Japan" named in the sentence and the payer in view):
 * - `rule`: the rules' payer;
 * - `named`: a country or body the sentence names;
 * - `person`: the state a person of the sentence speaks for ("Kenyan President X pledged…");
 * - `body`: the state a national body of the sentence belongs to ("the British High Commission
 *   announced…": a mission speaks for its state);
 * - `view`: the payer earlier sentences left in view;
 * - `top`: the country the article names most so far ("The government will put…");
 * - `opener`: the state or body the sentence before opened on;
 * - `earlier`: one of the two bodies, or states, named last, the sentence's own first (a place
 *   it names, "in Moldova", comes in so, without its mention); only a party that came from
 *   nowhere else, so never with `rule`, `named`, `person`, `body` or `view`.
 */
export type PayerOrigin =
  "rule" | "named" | "person" | "body" | "view" | "top" | "opener" | "earlier";

/** What the payer model reads of one candidate besides the sentence. */
export interface PayerFacts {
  readonly key: string;
  readonly origins: readonly PayerOrigin[];
  /** The mention that puts the candidate in the sentence (its own, a person's, a body's). */
  readonly mention: Actor | undefined;
  /** Whether the rules gave the amount to this candidate. */
  readonly recipient: boolean;
  /** Whether it is the state of the rules' payer ("the British High Commission" for Britain). */
  readonly ofRule: boolean;
  /** Whether the rules found a payer for the amount at all. */
  readonly ruled: boolean;
}

/** The sentence words a payer model reads once per amount (see sentenceWords). */
export interface PayerSentence {
  readonly cues: readonly string[];
  /** The first party the sentence names, not a place: its subject, most often. */
  readonly first: Actor | undefined;
  readonly money: { readonly from: number; readonly to: number };
}

/** Sentence-wide words a state's own money is told with: "the government", "its own budget". */
const SENTENCE_CUES: readonly (readonly [string, RegExp])[] = [
  ["government", /\b(?:government|cabinet|treasury|ministry|administration)\b/],
  ["own", /\b(?:own (?:budget|money|funds|resources|coffers)|of its own|state budget)\b/],
  ["said", /\b(?:said|says|announced|told)\b/],
  ["lend", /\b(?:lend|lent|loans?|credit)\b/],
  ["invest", /\b(?:invest\w*|stake)\b/],
  ["receive", /\b(?:receiv\w*|get|gets|got|secured|obtained|won)\b/],
  ["from", /\bfrom\b/],
];

/** The words of titles, dates and function words: read as words even when capitalised. */
const KEPT_WORDS: ReadonlySet<string> = new Set([
  ...[...HEAD_OF_STATE_TITLES, ...LEADING_ROLES, ...ROLE_HEADS, ...ROLE_MODIFIERS].flatMap((t) =>
    t.toLowerCase().split(" "),
  ),
  ...DATE_WORDS,
  ...FUNCTION_WORDS,
]);

/** The kinds of body a name may end in ("Bank", "Commission"), lowercased. */
const BODY_KINDS: ReadonlySet<string> = new Set([...ORG_KEYWORDS].map((w) => w.toLowerCase()));

const HAS_CAPITAL = /\p{Lu}/u;

/** Reads what every candidate of one amount shares: the sentence's cues and the amount's tokens. */
export function payerSentence(
  f: FundingMention,
  s: AnalyzedSentence,
  actors: readonly Actor[],
): PayerSentence {
  const text = s.sentence.text;
  // The amount's own words are no cue: "3 billion won" is Korea's money, not money won.
  const from = Math.max(0, f.money.start - s.sentence.start);
  const rest = `${text.slice(0, from)} ${text.slice(Math.max(from, f.money.end - s.sentence.start))}`;
  const cues: string[] = [];
  for (const [name, re] of SENTENCE_CUES) if (re.test(rest)) cues.push(name);
  let first: Actor | undefined;
  for (const a of actors) if (!a.place && (first === undefined || a.start < first.start)) first = a;
  return { cues, first, money: moneyTokens(s.tokens, f) };
}

/**
 * The features of one candidate payer of an amount. Families:
 * - origin: where it was found (each origin, and all of them together), its type;
 * - the rules' recipient: a party the rules gave the money to seldom pays it;
 * - position of its mention: side of the amount, distance, the words next to it and between,
 *   the preposition before it ("from Japan", "to Kenya"), possessive, whether it opens the
 *   sentence, how it was referred to;
 * - a body's kind ("bank", "commission") when the candidate is a state through its body;
 * - the sentence's cues ("the government", "its own budget", "said") crossed with the origin.
 * "The Kenyan government will put 5 billion shillings into school meals": `top` with the cues
 * `government` and `own`-less; "Japan will lend Kenya $300m": `named`, before, sentence-first.
 */
export function payerFeatures(ps: PayerSentence, s: AnalyzedSentence, c: PayerFacts): string[] {
  const own = ownFeatures(ps, s, c);
  if (c.ruled) return own;
  // An amount the rules found no payer for is a case of its own ("The government will put…"):
  // every feature again under its own name, so that it weighs apart from the rules' cases.
  const out = ["unruled", ...own];
  for (const f of own) out.push(`unruled|${f}`);
  return out;
}

function ownFeatures(ps: PayerSentence, s: AnalyzedSentence, c: PayerFacts): string[] {
  const type = c.key.slice(0, c.key.indexOf(":"));
  const origin = [...c.origins].sort().join("+");
  const out = [`type:${type}`, `origin:${origin}`, `origin×type:${origin}:${type}`];
  for (const o of c.origins) out.push(`from:${o}`);
  if (c.recipient) out.push("recipient", `recipient×origin:${origin}`);
  if (c.ofRule) out.push("ofRule", `ofRule×type:${type}`);
  for (const cue of ps.cues) {
    out.push(`cue×type:${cue}:${type}`);
    for (const o of c.origins) out.push(`cue×from:${cue}:${o}`);
  }
  const m = c.mention;
  if (m === undefined) return [...out, "mention:none"];
  out.push(`via:${m.via}`, `label:${m.label}`);
  if (m.possessive) out.push("possessive");
  if (m === ps.first) out.push("first", `first×label:${m.label}`);
  if (m.label === "Organization" && type === "country") out.push(`body:${bodyKind(m)}`);
  return [...out, ...mentionPosition(ps, s.tokens, m)];
}

/** The kind of body a name ends in ("commission", "bank"), or "other": never the name itself. */
function bodyKind(a: Actor): string {
  const last = (a.name ?? "").split(" ").at(-1)?.toLowerCase() ?? "";
  return BODY_KINDS.has(last) ? last : "other";
}

/** Where the mention stands against the amount: side, distance, neighbours, words between. */
function mentionPosition(ps: PayerSentence, tokens: readonly Token[], m: Actor): string[] {
  const after = m.from >= ps.money.to;
  const side = after ? "after" : "before";
  const gapFrom = after ? ps.money.to : m.to;
  const gapTo = after ? m.from : ps.money.from;
  const out = [`side:${side}`, `dist:${side}:${distance(Math.max(0, gapTo - gapFrom))}`];
  // "500 million Norwegian kroner": a demonym inside the amount is followed by its currency's
  // word, read as the amount's, not by name ("kroner", "shillings": a country by another name).
  const inAmount = (at: number): boolean => at >= ps.money.from && at < ps.money.to;
  const before = inAmount(m.from - 1) ? "AMOUNT" : wordAt(tokens, m.from - 1);
  const next = inAmount(m.to) ? "AMOUNT" : wordAt(tokens, m.to);
  out.push(`word-1:${before}`, `word+1:${next}`, `word+1×side:${next}:${side}`);
  out.push(`word-1×side:${before}:${side}`);
  if (gapTo - gapFrom <= 10)
    for (let i = gapFrom; i < gapTo; i++) {
      const w = wordAt(tokens, i);
      if (w !== "CAP") out.push(`between:${w}`, `between×side:${w}:${side}`);
    }
  else out.push("between:far");
  return out;
}

/** A token as a feature: titles, dates and function words as words, any other capitalised one "CAP". */
function wordAt(tokens: readonly Token[], at: number): string {
  const t = tokens[at];
  if (t === undefined) return "edge";
  if (KEPT_WORDS.has(t.lower)) return t.lower;
  return HAS_CAPITAL.test(t.text) ? "CAP" : t.lower;
}
