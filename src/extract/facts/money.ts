export interface MoneyMention {
  /** Full units: "$15.6bn" → 15600000000. */
  readonly amount: number;
  /** ISO 4217. */
  readonly currency: string;
  readonly start: number;
  readonly end: number;
}

const SYMBOLS: Readonly<Record<string, string>> = {
  US$: "USD",
  $: "USD",
  A$: "AUD",
  C$: "CAD",
  HK$: "HKD",
  NZ$: "NZD",
  R$: "BRL",
  S$: "SGD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  "₩": "KRW",
  "₽": "RUB",
  "₺": "TRY",
  "₦": "NGN",
  Rs: "INR",
  "Rs.": "INR",
};
const WORDS: Readonly<Record<string, string>> = {
  dollar: "USD",
  dollars: "USD",
  "us dollars": "USD",
  euro: "EUR",
  euros: "EUR",
  pound: "GBP",
  pounds: "GBP",
  "pounds sterling": "GBP",
  sterling: "GBP",
  yen: "JPY",
  yuan: "CNY",
  renminbi: "CNY",
  rupee: "INR",
  rupees: "INR",
  rouble: "RUB",
  roubles: "RUB",
  ruble: "RUB",
  rubles: "RUB",
  won: "KRW",
  "swiss francs": "CHF",
  francs: "CHF",
  riyal: "SAR",
  riyals: "SAR",
  dirham: "AED",
  dirhams: "AED",
  rand: "ZAR",
  naira: "NGN",
  shillings: "KES",
  pesos: "MXN",
  reais: "BRL",
  real: "BRL",
  lira: "TRY",
  liras: "TRY",
  hryvnias: "UAH",
  hryvnia: "UAH",
  zloty: "PLN",
  kroner: "NOK",
  kronor: "SEK",
  ringgit: "MYR",
  rupiah: "IDR",
  baht: "THB",
  dong: "VND",
  "australian dollars": "AUD",
  "canadian dollars": "CAD",
  "hong kong dollars": "HKD",
  "singapore dollars": "SGD",
  "new zealand dollars": "NZD",
  "taiwan dollars": "TWD",
  "new taiwan dollars": "TWD",
};
const CODES = [
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "RMB",
  "INR",
  "RUB",
  "KRW",
  "CHF",
  "AUD",
  "CAD",
  "SAR",
  "AED",
  "ZAR",
  "NGN",
  "KES",
  "BRL",
  "MXN",
  "TRY",
  "UAH",
  "PLN",
  "SEK",
  "NOK",
  "IDR",
  "TWD",
];
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
};

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s?(thousand|million|billion|trillion|crores?|lakhs?|mn|mln|bn|bln|tn|m|b|k)\b)?`;
const SYMBOL = String.raw`(US\$|A\$|C\$|HK\$|NZ\$|R\$|S\$|\$|€|£|¥|₹|₩|₽|₺|₦|Rs\.?\s?)`;
const WORD = `(${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(`${SYMBOL}\\s?${NUM}${SCALE}`, "gi"),
  new RegExp(`\\b(${CODES.join("|")})\\s?${NUM}${SCALE}`, "g"),
  new RegExp(`\\b${NUM}${SCALE}\\s+(?:(${CODES.join("|")})\\b|${WORD}\\b)`, "gi"),
];

/** Every amount of money in a text, in full units with its ISO 4217 currency. */
export function findMoney(text: string, offset: number): MoneyMention[] {
  const found: MoneyMention[] = [];
  PATTERNS.forEach((re, kind) => {
    for (const m of text.matchAll(re)) {
      const parsed = parseMatch(kind, m);
      if (
        parsed === undefined ||
        found.some((f) => overlaps(f, offset + m.index, offset + m.index + m[0].length))
      )
        continue;
      found.push({ ...parsed, start: offset + m.index, end: offset + m.index + m[0].length });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

function parseMatch(
  kind: number,
  m: RegExpMatchArray,
): { amount: number; currency: string } | undefined {
  const [, a, b, c, d] = m;
  const currency =
    kind === 0
      ? SYMBOLS[(a ?? "").trim()]
      : kind === 1
        ? code(a)
        : (code(c) ?? WORDS[(d ?? "").toLowerCase()]);
  const number = kind === 2 ? a : b;
  const scale = kind === 2 ? b : c;
  if (currency === undefined || number === undefined) return undefined;
  const value = Number(number.replace(/,/g, "")) * (SCALES[(scale ?? "").toLowerCase()] ?? 1);
  return Number.isFinite(value) && value > 0 ? { amount: Math.round(value), currency } : undefined;
}

function code(c: string | undefined): string | undefined {
  if (c === undefined) return undefined;
  const upper = c.toUpperCase();
  return upper === "RMB" ? "CNY" : CODES.includes(upper) ? upper : undefined;
}

function overlaps(f: MoneyMention, start: number, end: number): boolean {
  return start < f.end && end > f.start;
}
