export interface MoneyMention {
  /** Full units: "$15.6bn" → 15600000000. */
  readonly amount: number;
  /** ISO 4217. */
  readonly currency: string;
  readonly start: number;
  readonly end: number;
}

import { COUNTRY_INFO, countryByStem, lookupCountryForm } from "../gazetteer/countries.ts";
import {
  CURRENCY_CODES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  SHARED_SIGNS,
  SHARED_WORDS,
  STRONG_DEFAULTS,
} from "./currencies.ts";
import { execAll } from "../text/exec-all.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";
import { foldForLookup } from "../text/slug.ts";
import { wordTrie } from "../text/word-trie.ts";
import { currencyByConversion } from "./currency-rates.ts";
import { withRanges } from "./money-range.ts";
import { SCALES, SCALE_WORDS } from "./money-scales.ts";

// "€1,5 billion": a decimal comma before a scale word, as European papers write it.
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?=[\s-]?(?:million|billion|trillion|mn|bn|m|b)\b)|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:[\s-]?(${SCALE_WORDS})\b)?`;
/** Between an amount and its currency: a space, or the hyphen of "a 900-million-quetzal loan". */
const BETWEEN = String.raw`(?:\s+|-)`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SYMBOL = `(${Object.keys(CURRENCY_SIGNS)
  .sort((x, y) => y.length - x.length)
  .map(escape)
  .join("|")})`;
const CODE = `(${[...CURRENCY_CODES].join("|")})`;
/**
 * "guaraníes", "córdobas", "bolívares" or "guaranies", "cordobas": a currency word is matched with
 * or without its accents, and looked up folded, however ICU or the writer spelt it. The words
 * are one trie (word-trie.ts): as a list, all ~500 were tried after every number in the text.
 */
const ACCENTED: Readonly<Record<string, string>> = {
  a: "[aáàâäãå]",
  e: "[eéèêë]",
  i: "[iíìîï]",
  o: "[oóòôöõ]",
  u: "[uúùûü]",
  n: "[nñ]",
  c: "[cç]",
  l: "[lł]",
  z: "[zźżž]",
  s: "[sśš]",
  // Folded words hold the straight apostrophe; the text may have the curly one: "pa’anga".
  "'": "['’]",
};
const tolerant = (words: Iterable<string>): string =>
  wordTrie(new Set([...words].map(foldForLookup)), (c) => ACCENTED[c] ?? escape(c));
const WORD = tolerant(CURRENCY_WORDS.keys());
const SHARED = tolerant(SHARED_WORDS.keys());
/** Cheap test for the shared-word pattern: most amounts are "$", "€" or a currency's own name. */
const SHARED_HINT = new RegExp(SHARED, "i");

/** "a billion dollars", "half a billion euros", "three million dollars": a number in words. */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  a: "1",
  an: "1",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  "half a": "0.5",
};
const WORDED = `(${Object.keys(NUMBER_WORDS)
  .sort((x, y) => y.length - x.length)
  .join("|")})\\s+(million|billion|trillion)`;

const MONEY_PATTERNS: readonly {
  re: RegExp;
  parts: (m: RegExpMatchArray, hints: MoneyHints) => Parts;
}[] = [
  // Signs and codes are case-sensitive: "over 5 million" is not five million rand.
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])${SYMBOL}\\s?${NUM}${SCALE}`, "gu"),
    parts: (m, hints) => [yuanSign(signCurrency((m[1] ?? "").trim(), hints), m), m[2], m[3]],
  },
  { re: new RegExp(`\\b${CODE}\\s?${NUM}${SCALE}`, "g"), parts: (m) => [code(m[1]), m[2], m[3]] },
  {
    re: new RegExp(`\\b${NUM}${SCALE}${BETWEEN}${CODE}\\b`, "g"),
    parts: (m) => [code(m[3]), m[1], m[2]],
  },
  {
    // "400 million Uruguayan pesos", "2 billion kroner": a word several currencies share.
    re: new RegExp(`\\b${NUM}${SCALE}${BETWEEN}(?:([\\p{L}.-]+)\\s+)?${SHARED}\\b`, "giu"),
    parts: (m, hints) => [sharedCurrency(m[4] ?? "", m[3], hints, m), m[1], m[2]],
  },
  {
    re: new RegExp(`\\b${NUM}${SCALE}${BETWEEN}${WORD}\\b`, "gi"),
    parts: (m, hints) => [
      cfaZone(CURRENCY_WORDS.get(foldForLookup(m[3] ?? "")), hints),
      m[1],
      m[2],
    ],
  },
  {
    // Only before a currency's own word: "a billion people" is no amount, "$ a billion" unwritten.
    re: new RegExp(`\\b${WORDED}\\s+${WORD}\\b`, "gi"),
    parts: (m) => [
      CURRENCY_WORDS.get(foldForLookup(m[3] ?? "")),
      NUMBER_WORDS[(m[1] ?? "").toLowerCase().replace(/\s+/g, " ")],
      m[2],
    ],
  },
];

/** Each pattern, and whether it needs a word several currencies share (checked once per text). */
const PATTERNS = MONEY_PATTERNS.map((p) => ({ ...p, sharedWord: p.re.source.includes(SHARED) }));

/** Currency, number and scale as matched. */
type Parts = [string | undefined, string | undefined, string | undefined];

/** Every amount of money in a text, in full units with its ISO 4217 currency. */
/** What the text around an amount says about an ambiguous currency word. */
export interface MoneyHints {
  /** Countries named so far, the nearest first. */
  readonly countries: readonly string[];
  /** Currencies the article has already used, the latest first. */
  readonly seen: readonly string[];
  /**
   * The states the amount's own sentence names, or whose people or bodies it names, in order, those
   * named after a preposition ("with Mexico") last.
   */
  readonly here?: readonly { readonly iso3: string; readonly start: number }[];
  /** Where the amount starts in the article: set by findMoney for a shared word. */
  readonly at?: number;
  /** How often the article has named each country so far: the most named is its subject. */
  readonly mentions?: ReadonlyMap<string, number>;
}

/** No digit or scale word, no amount: most sentences are turned away before the patterns run. */
const MONEY_HINT = /\d|illion\b/;

/**
 * The `reach` characters of a sentence (its text starting at `start` in the article) that stand
 * just before an amount: the window the funding rules read for the verb, payer or use that leads
 * up to "$200 million".
 */
export function textBeforeAmount(
  text: string,
  start: number,
  money: { readonly start: number },
  reach: number,
): string {
  return text.slice(Math.max(0, money.start - start - reach), money.start - start);
}

/** Whether a text may state an amount at all: without this, `findMoney` finds none. */
export function mayHoldMoney(text: string): boolean {
  return MONEY_HINT.test(text);
}

/**
 * Whether any amount pattern matches `text` at all. Every amount `findMoney` finds is a match of
 * one of them, and its hints only settle which currency a match is in (or drop it), so without a
 * match it finds none, whatever the hints.
 */
export function mayStateAmount(text: string): boolean {
  if (!mayHoldMoney(text)) return false;
  const shared = SHARED_HINT.test(text);
  for (const { re, sharedWord } of PATTERNS) {
    if (sharedWord && !shared) continue;
    re.lastIndex = 0;
    const matched = re.test(text);
    re.lastIndex = 0;
    if (matched) return true;
  }
  return false;
}

export function findMoney(
  text: string,
  offset: number,
  hints: MoneyHints = { countries: [], seen: [] },
): MoneyMention[] {
  const found: MoneyMention[] = [];
  if (!mayHoldMoney(text)) return found;
  const shared = SHARED_HINT.test(text);
  for (const { re, parts, sharedWord } of PATTERNS) {
    if (sharedWord && !shared) continue;
    for (const m of execAll(re, text)) {
      const parsed = parseParts(parts(m, sharedWord ? { ...hints, at: offset + m.index } : hints));
      const start = offset + m.index;
      const end = start + m[0].length;
      if (parsed === undefined || found.some((f) => overlaps(f, start, end))) continue;
      found.push({ ...parsed, start, end });
    }
  }
  return withRanges(
    text,
    offset,
    found.sort((a, b) => a.start - b.start),
  );
}

function parseParts([currency, number, scale]: Parts):
  { amount: number; currency: string } | undefined {
  if (currency === undefined || number === undefined) return undefined;
  const digits = /^\d+,\d{1,2}$/.test(number) ? number.replace(",", ".") : number.replace(/,/g, "");
  const value = Number(digits) * (SCALES[(scale ?? "").toLowerCase()] ?? 1);
  return Number.isFinite(value) && value > 0 ? { amount: Math.round(value), currency } : undefined;
}

/** "B$30 million": a sign several currencies share is the one of the first country named that uses one. */
function signCurrency(sign: string, { countries }: MoneyHints): string | undefined {
  const codes = SHARED_SIGNS[sign];
  if (codes === undefined) return CURRENCY_SIGNS[sign];
  return firstCountryCurrency(countries, codes) ?? codes[0];
}

/** "¥2 billion yuan", "¥500 million in renminbi", "¥300 million (RMB)": the yuan named after. */
const YUAN_AFTER = /^\W{0,3}(?:in\s+)?(?:Chinese\s+)?(?:yuan|renminbi|RMB)\b/;

/** "¥" is the yen unless the amount is said to be in yuan right after it. */
function yuanSign(currency: string | undefined, m: RegExpMatchArray): string | undefined {
  if (currency !== "JPY" || m.input === undefined || m.index === undefined) return currency;
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
  return YUAN_AFTER.test(after) ? "CNY" : currency;
}

/**
 * "CFA francs" are read as the sign "CFA" is: West Africa's (XOF) unless the text's first CFA
 * country is Central Africa's (XAF).
 */
function cfaZone(currency: string | undefined, hints: MoneyHints): string | undefined {
  return currency === "XOF" ? signCurrency("CFA", hints) : currency;
}

/** Of the given currencies, the one the state `iso3` uses, if it uses one. */
function ownCurrency(iso3: string, codes: readonly string[]): string | undefined {
  return COUNTRY_INFO.get(iso3)?.currencies.find((c) => codes.includes(c));
}

/** Of the given currencies, the one the first country of the text that uses any of them uses. */
function firstCountryCurrency(
  countries: readonly string[],
  codes: readonly string[],
): string | undefined {
  for (const iso3 of countries) {
    const own = ownCurrency(iso3, codes);
    if (own !== undefined) return own;
  }
  return undefined;
}

/** The currency of `codes` the dollar sum written after the matched amount `m` fits. */
function byConversion(m: RegExpMatchArray, codes: readonly string[]): string | undefined {
  const end = (m.index ?? 0) + m[0].length;
  const amount = parseParts(["", m[1], m[2]])?.amount;
  return amount === undefined
    ? undefined
    : currencyByConversion(amount, m.input?.slice(end, end + 60) ?? "", codes);
}

function code(c: string | undefined): string | undefined {
  if (c === undefined) return undefined;
  return c === "RMB" ? "CNY" : CURRENCY_CODES.has(c) ? c : undefined;
}

function overlaps(f: MoneyMention, start: number, end: number): boolean {
  return start < f.end && end > f.start;
}

/**
 * Which of the currencies a shared word names: the one of the country a demonym before it names
 * ("Uruguayan pesos"), else, unless the word has a strong everyday reading ("dollars"), the one of
 * the first country of the text that uses such a currency ("kroner" in a report on Denmark).
 */
function sharedCurrency(
  word: string,
  demonym: string | undefined,
  { countries, seen, here = [], at = 0, mentions }: MoneyHints,
  m: RegExpMatchArray,
): string | undefined {
  const lower = foldForLookup(word);
  // "CFA francs": a currency named by both words.
  const named2 =
    demonym === undefined ? undefined : CURRENCY_WORDS.get(foldForLookup(`${demonym} ${lower}`));
  if (named2 !== undefined) return cfaZone(named2, { countries, seen });
  const codes = SHARED_WORDS.get(lower) ?? [];
  // "Nepali rupees": a demonym the gazetteer lacks is read by its stem, as before a title.
  const named =
    demonym !== undefined && CAPITAL_FIRST.test(demonym)
      ? (lookupCountryForm(demonym)?.iso3 ?? countryByStem(demonym))
      : undefined;
  const fromDemonym = named === undefined ? undefined : ownCurrency(named, codes);
  if (fromDemonym !== undefined) return fromDemonym;
  // "14 billion dirhams (about $1.5 billion)": the dollar sum beside it fits one rate alone.
  const converted = byConversion(m, codes);
  if (converted !== undefined) return converted;
  const everyday = CURRENCY_WORDS.get(lower);
  if (everyday !== undefined && STRONG_DEFAULTS.has(lower)) return everyday;
  // "Denmark promised 75 million kroner": the states the sentence names before the amount, the
  // first (its payer, or the payer's state) first, come next when one uses such a currency.
  const before = here.flatMap((h) => (h.start < at ? [h.iso3] : []));
  const inSentence = firstCountryCurrency(before, codes);
  if (inSentence !== undefined) return inSentence;
  // "1,000 crore Nepali rupees… Of that, 650 crore rupees": the article's own reading holds.
  const used = seen.find((c) => codes.includes(c));
  if (used !== undefined) return used;
  return mostNamedCurrency(mentions, codes) ?? firstCountryCurrency(countries, codes) ?? everyday;
}

/**
 * Of the given currencies, the one of the state the article has named most that uses one: in a
 * report on Morocco that once names the Emirates, "dirhams" are Moroccan. Ties go to neither.
 */
function mostNamedCurrency(
  mentions: ReadonlyMap<string, number> | undefined,
  codes: readonly string[],
): string | undefined {
  let best: string | undefined;
  let most = 0;
  let tied = false;
  for (const [iso3, count] of mentions ?? []) {
    const own = ownCurrency(iso3, codes);
    if (own === undefined || count < most) continue;
    if (count === most) {
      tied ||= own !== best;
      continue;
    }
    [best, most, tied] = [own, count, false];
  }
  return tied ? undefined : best;
}
