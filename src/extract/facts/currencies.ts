/**
 * Currency names and signs, built from the ICU data that ships with Node (ISO 4217 codes and
 * their English names) plus the signs and short words news uses that ICU does not name.
 */
import { foldForLookup } from "../text/slug.ts";

const NAMES = new Intl.DisplayNames(["en"], { type: "currency" });

export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  ...Intl.supportedValuesOf("currency"),
  "RMB",
]);

/** Signs written before the number: "$95 billion", "KD 25 million", "RM10 million". */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  US$: "USD",
  $: "USD",
  A$: "AUD",
  AU$: "AUD",
  C$: "CAD",
  CA$: "CAD",
  HK$: "HKD",
  NZ$: "NZD",
  R$: "BRL",
  // Caribbean and other dollars written with their own prefix: "BDS$2 million", "J$500 million".
  BDS$: "BBD",
  Bds$: "BBD",
  J$: "JMD",
  TT$: "TTD",
  EC$: "XCD",
  BZ$: "BZD",
  RD$: "DOP",
  N$: "NAD",
  G$: "GYD",
  SI$: "SBD",
  FJ$: "FJD",
  // Fiji's and Tonga's papers write their dollar and pa'anga so: "F$12 million", "T$5 million".
  F$: "FJD",
  T$: "TOP",
  WS$: "WST",
  // Zimbabwe Gold, written "ZiG 2 billion"; the IMF's special drawing rights, "SDR 139 million".
  ZiG: "ZWG",
  SDR: "XDR",
  S$: "SGD",
  // Brunei's dollar; the Bahamian one is written so too (see SHARED_SIGNS).
  B$: "BND",
  "GH¢": "GHS",
  "GH₵": "GHS",
  Php: "PHP",
  MK: "MWK",
  DA: "DZD",
  // Signs several currencies share, settled by the countries of the text (see SHARED_SIGNS).
  Br: "ETB",
  K: "ZMW",
  CFA: "XOF",
  CFAF: "XOF",
  FCFA: "XOF",
  NT$: "TWD",
  Mex$: "MXN",
  "€": "EUR",
  // The euro as the rules read it (text/stand-ins.ts).
  "¤": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  "₩": "KRW",
  "₽": "RUB",
  "₺": "TRY",
  "₦": "NGN",
  // "N1 trillion", "N500bn": Nigerian papers write the naira's sign as a plain N.
  N: "NGN",
  "₱": "PHP",
  "₫": "VND",
  "₴": "UAH",
  "₪": "ILS",
  "₸": "KZT",
  "৳": "BDT",
  "฿": "THB",
  "₵": "GHS",
  Rs: "INR",
  "Rs.": "INR",
  KD: "KWD",
  RM: "MYR",
  Dh: "AED",
  Dhs: "AED",
  Rp: "IDR",
  Tk: "BDT",
  Nu: "BTN",
  NLe: "SLE",
  "Nu.": "BTN",
  Ksh: "KES",
  KSh: "KES",
  // "Sh10bn": East African papers write their own shilling so; Kenya's is the commonest.
  Sh: "KES",
  TSh: "TZS",
  USh: "UGX",
  SR: "SAR",
  QR: "QAR",
  // Amman's papers write their dinar so: "JD150 million".
  JD: "JOD",
  BD: "BHD",
  RO: "OMR",
  "E£": "EGP",
  LE: "EGP",
  R: "ZAR",
  CHF: "CHF",
  Fr: "CHF",
};

/** Signs several currencies share, their commonest reading first: settled by the text's countries. */
export const SHARED_SIGNS: Readonly<Record<string, readonly string[]>> = {
  B$: ["BND", "BSD"],
  Br: ["ETB", "BYN"],
  K: ["ZMW", "PGK", "MMK", "MWK"],
  CFA: ["XOF", "XAF"],
  CFAF: ["XOF", "XAF"],
  FCFA: ["XOF", "XAF"],
  // "Rs 45 billion": the rupee of India, Pakistan, Sri Lanka, Nepal or Mauritius.
  Rs: ["INR", "PKR", "LKR", "NPR", "MUR"],
  "Rs.": ["INR", "PKR", "LKR", "NPR", "MUR"],
};

/** Words whose everyday reading news assumes: "dollars" are US dollars, "pounds" sterling. */
const COMMON_WORDS: Readonly<Record<string, string>> = {
  dollar: "USD",
  dollars: "USD",
  "us dollars": "USD",
  "u.s. dollars": "USD",
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
  francs: "CHF",
  "swiss francs": "CHF",
  "cfa francs": "XOF",
  "cfa franc": "XOF",
  cfa: "XOF",
  real: "BRL",
  reais: "BRL",
  lira: "TRY",
  liras: "TRY",
  riyal: "SAR",
  riyals: "SAR",
  dirham: "AED",
  dirhams: "AED",
  rand: "ZAR",
  naira: "NGN",
  pesos: "MXN",
  shillings: "KES",
  soum: "UZS",
  soums: "UZS",
  // Polish spelling: "3 million złotys".
  złoty: "PLN",
  złotys: "PLN",
  // ICU names these with words news leaves out or spells otherwise: "20 million convertible
  // marks", "5 million pa'anga" (ICU writes the ʻokina; "pa’anga" folds to this), "SDR 1 billion"
  // or "1 billion SDRs".
  "convertible mark": "BAM",
  "convertible marks": "BAM",
  "pa'anga": "TOP",
  sdr: "XDR",
  sdrs: "XDR",
  // Mongolia's tugrik as Mongolian and most reports spell it: "420 billion tögrög".
  tögrög: "MNT",
  tögrögs: "MNT",
  // Zimbabwe Gold written after the figure: "1.4 billion ZiG".
  zig: "ZWG",
};

/**
 * Plurals news writes that the English rule does not give: "kroner", "kronor", "lei" (leu), "leva"
 * (lev), "soles", "colones", "quetzales", "guaranies" (Spanish plurals), "zlotys" (not "zloties").
 */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  krone: "kroner",
  krona: "kronor",
  króna: "krónur",
  leu: "lei",
  lev: "leva",
  sol: "soles",
  colón: "colones",
  quetzal: "quetzales",
  guarani: "guaranies",
  bolívar: "bolívares",
  // Portuguese plural: "1.5 billion meticais".
  metical: "meticais",
  zloty: "zlotys",
};
/** The currencies English calls crowns. */
const CROWNS = ["SEK", "DKK", "NOK", "CZK", "ISK"] as const;
/** British spellings ICU does not give: "5 million Belarusian roubles". */
const SPELLINGS: Readonly<Record<string, string>> = { ruble: "rouble" };

/**
 * "kroner", "pesos", "rupees", "dinars": words several currencies share, each with the codes it
 * may mean. Which one is meant is settled by a demonym or by the countries of the text.
 */
export const SHARED_WORDS: ReadonlyMap<string, readonly string[]> = buildShared();

/** Words whose everyday reading stands unless a demonym says otherwise: "dollars" are US dollars. */
export const STRONG_DEFAULTS: ReadonlySet<string> = new Set([
  "dollar",
  "dollars",
  "pound",
  "pounds",
]);

function buildShared(): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const code of Intl.supportedValuesOf("currency")) {
    const name = NAMES.of(code)?.toLowerCase();
    if (name === undefined || name === code.toLowerCase()) continue;
    const last = name.split(" ").at(-1) ?? name;
    owners.set(last, (owners.get(last) ?? new Set()).add(code));
  }
  const shared = new Map<string, string[]>();
  for (const [last, codes] of owners) {
    if (codes.size < 2) continue;
    const spelt = SPELLINGS[last];
    const forms = [last, plural(last), IRREGULAR_PLURALS[last], spelt, spelt && plural(spelt)];
    for (const form of forms) if (form !== undefined) shared.set(form, [...codes]);
  }
  // "500 million Swedish crowns", "300 million crowns": the English name of the Nordic and Czech
  // crowns, which ICU names only in their own tongues.
  for (const form of ["crown", "crowns"]) shared.set(form, [...CROWNS]);
  return foldKeys(shared);
}

/**
 * The same map keyed by the words folded ("córdoba" → "cordoba", "złoty" → "zloty"): money.ts
 * matches a word with or without its accents and looks it up folded.
 */
function foldKeys<T>(map: ReadonlyMap<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [word, value] of map) out.set(foldForLookup(word), value);
  return out;
}

/** Words written after the number: "500 million euros", "150 billion tenge", "2.5 billion yuan". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = buildWords();

function buildWords(): Map<string, string> {
  const words = new Map<string, string>();
  const lastWordOwners = new Map<string, Set<string>>();
  for (const code of Intl.supportedValuesOf("currency")) {
    const name = NAMES.of(code)?.toLowerCase();
    if (name === undefined || name === code.toLowerCase()) continue;
    words.set(name, code);
    words.set(plural(name), code);
    const last = name.split(" ").at(-1) ?? name;
    lastWordOwners.set(last, (lastWordOwners.get(last) ?? new Set()).add(code));
  }
  // A bare "tenge" or "ringgit" names one currency; a bare "dinar" names several and is skipped.
  for (const [last, owners] of lastWordOwners) {
    if (owners.size === 1) {
      const code = [...owners][0] ?? "";
      words.set(last, code);
      words.set(plural(last), code);
      // "500 million kronor": a currency of one country may have an irregular plural too.
      const irregular = IRREGULAR_PLURALS[last];
      if (irregular !== undefined) words.set(irregular, code);
    }
  }
  for (const [word, code] of Object.entries(COMMON_WORDS)) words.set(word, code);
  return foldKeys(words);
}

function plural(name: string): string {
  if (/(s|sh|ch)$/.test(name)) return `${name}es`;
  if (/y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}
