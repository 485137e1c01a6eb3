/**
 * Which of the currencies a shared word names, read from the dollar sum the writer gives beside
 * it: "14 billion dirhams (about $1.5 billion)" are Moroccan, for 14 billion Emirati dirhams would
 * be near $3.8 billion.
 */
import { SCALES, SCALE_WORDS } from "./money-scales.ts";

/**
 * Units of each currency a US dollar buys, roughly (2024–25). Only the order of magnitude and the
 * gaps between currencies that share a word matter: a conversion picks one only when it alone lies
 * within a third of the sum given.
 */
const PER_DOLLAR: Readonly<Record<string, number>> = {
  AED: 3.67,
  MAD: 10,
  DKK: 6.9,
  NOK: 10.8,
  SEK: 10.5,
  ISK: 138,
  CZK: 23,
  BHD: 0.38,
  DZD: 134,
  IQD: 1310,
  JOD: 0.71,
  KWD: 0.31,
  LYD: 4.8,
  RSD: 108,
  TND: 3.1,
  ARS: 900,
  CLP: 930,
  COP: 4000,
  CUP: 24,
  DOP: 59,
  MXN: 18,
  PHP: 57,
  UYU: 40,
  INR: 83,
  LKR: 300,
  MUR: 46,
  NPR: 133,
  PKR: 280,
  SCR: 14,
  KES: 129,
  SOS: 571,
  TZS: 2600,
  UGX: 3700,
  BIF: 2900,
  CDF: 2800,
  CHF: 0.88,
  DJF: 178,
  GNF: 8600,
  KMF: 450,
  RWF: 1350,
  XAF: 600,
  XOF: 600,
  EGP: 48,
  GBP: 0.79,
  LBP: 89500,
  SDG: 600,
  SYP: 13000,
  IRR: 42000,
  OMR: 0.385,
  YER: 250,
  QAR: 3.64,
  SAR: 3.75,
  KPW: 900,
  KRW: 1380,
  BYN: 3.3,
  RUB: 90,
};

/** The factor within which a conversion must match: rates move, and writers round. */
const WITHIN = Math.log(1.35);

/** "(about $1.5 billion)", "(roughly US$400 million)", ", or some $2 million,": a sum in dollars. */
const IN_DOLLARS = new RegExp(
  String.raw`^\s*[(,]\s*(?:or\s+)?(?:about|around|roughly|some|nearly|almost|approximately|over|more than|just over|worth|equivalent to|\u2248|~)?\s*(?:US|U\.S\.\s?)?\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[\s-]?(${SCALE_WORDS})\b)?`,
  "i",
);

/**
 * Of `codes`, the one whose rate makes `amount` the dollar sum written right after it (`after`,
 * the text that follows the amount), when exactly one does; else undefined.
 */
export function currencyByConversion(
  amount: number,
  after: string,
  codes: readonly string[],
): string | undefined {
  const m = IN_DOLLARS.exec(after);
  if (m === null) return undefined;
  const dollars =
    Number((m[1] ?? "").replace(/,/g, "")) * (SCALES[(m[2] ?? "").toLowerCase()] ?? 1);
  if (!(dollars > 0 && amount > 0)) return undefined;
  const fits = codes.filter((c) => {
    const rate = PER_DOLLAR[c];
    return rate !== undefined && Math.abs(Math.log(amount / dollars / rate)) < WITHIN;
  });
  return fits.length === 1 ? fits[0] : undefined;
}
