import worldCountriesModule, { type Country as WorldCountry } from "world-countries";
import { foldForLookup } from "../text/slug.ts";
import { lastWord } from "../text/last-word.ts";
import {
  AMBIGUOUS_CAPITALS,
  EXTRA_CAPITALS,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
  SEATS_OF_POWER,
} from "./country-supplement.ts";

export type CountryFormKind = "name" | "code" | "demonym" | "capital" | "seat";

export interface CountryForm {
  readonly iso3: string;
  readonly kind: CountryFormKind;
}

export interface CountryInfo {
  readonly iso3: string;
  readonly name: string;
  readonly capital: string | undefined;
  /** ISO 4217 codes of the currencies the country uses. */
  readonly currencies: readonly string[];
}

/** The package is CommonJS; its types describe the ESM default, so both shapes are accepted. */
export const worldCountries: readonly WorldCountry[] = Array.isArray(worldCountriesModule)
  ? (worldCountriesModule as readonly WorldCountry[])
  : (worldCountriesModule as unknown as { default: readonly WorldCountry[] }).default;

const LATIN = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .-]*$/;
/** Two-letter codes that are English words ("IN", "IT", "NO") are not country mentions. */
const SAFE_TWO_LETTER = new Set(["US", "UK"]);

/** Kosovo has no ISO 3166 code; XKX is the user-assigned code in common use (the data says UNK). */
const CODE_FIXES: Readonly<Record<string, string>> = { UNK: "XKX" };
const iso3Of = (cca3: string): string => CODE_FIXES[cca3] ?? cca3;

/** Currencies the data still lists that were withdrawn: Cuba's convertible peso (2021). */
const WITHDRAWN: ReadonlySet<string> = new Set(["CUC"]);

export const COUNTRY_INFO: ReadonlyMap<string, CountryInfo> = new Map(
  worldCountries.map((c) => [
    iso3Of(c.cca3),
    {
      iso3: iso3Of(c.cca3),
      name: c.name.common,
      capital: c.capital[0]?.replace(/,? D\.C\.$/, ""),
      currencies: Object.keys(c.currencies ?? {}).filter((code) => !WITHDRAWN.has(code)),
    },
  ]),
);

/** A country's own currency, the first it lists ("NPL" → "NPR"): what its state pays in. */
export function ownCurrency(iso3: string): string | undefined {
  return COUNTRY_INFO.get(iso3)?.currencies[0];
}

/** Every surface form (as written, case-sensitive) with the country it names. */
export const COUNTRY_FORMS: ReadonlyMap<string, CountryForm> = buildForms();

function buildForms(): Map<string, CountryForm> {
  const forms = new Map<string, CountryForm>();
  const add = (text: string, iso3: string, kind: CountryFormKind): void => {
    if (!LATIN.test(text) || forms.has(text)) return;
    // "St Vincent and the Grenadines", "St. Lucia": news shortens Saint.
    if (text.startsWith("Saint ")) {
      for (const short of ["St ", "St. "]) add(text.replace(/^Saint /, short), iso3, kind);
    }
    forms.set(text, { iso3, kind });
    const folded = text.normalize("NFKD").replace(/\p{M}+/gu, "");
    if (!forms.has(folded)) forms.set(folded, { iso3, kind });
  };
  for (const [iso3, names] of Object.entries(SEATS_OF_POWER))
    names.forEach((n) => add(n, iso3, "seat"));
  for (const [iso3, names] of Object.entries(EXTRA_COUNTRY_NAMES))
    names.forEach((n) => add(n, iso3, "name"));
  for (const [iso3, names] of Object.entries(EXTRA_DEMONYMS))
    names.forEach((n) => add(n, iso3, "demonym"));
  for (const [iso3, names] of Object.entries(EXTRA_CAPITALS))
    names.forEach((n) => add(n, iso3, "capital"));
  // Sovereign states first, so that a form two entries share ("American") names the state.
  for (const c of [...worldCountries].sort(bySovereignty)) addCountry(c, add);
  return forms;
}

function bySovereignty(a: WorldCountry, b: WorldCountry): number {
  const rank = (c: typeof a): number => (c.unMember ? 0 : c.independent ? 1 : 2);
  return rank(a) - rank(b);
}

type Adder = (text: string, iso3: string, kind: CountryFormKind) => void;

function addCountry(c: WorldCountry, add: Adder): void {
  add(c.name.common, iso3Of(c.cca3), "name");
  add(c.name.official, iso3Of(c.cca3), "name");
  for (const alt of c.altSpellings) addAltSpelling(alt, c.cca2, iso3Of(c.cca3), add);
  const demonyms = c.demonyms["eng"];
  for (const d of new Set([demonyms?.m, demonyms?.f])) {
    if (d === undefined || d === "") continue;
    add(d, iso3Of(c.cca3), "demonym");
    if (!/(ese|ss|sh|ch|i)$/.test(d)) add(`${d}s`, iso3Of(c.cca3), "demonym");
    if (/i$/.test(d)) add(`${d}s`, iso3Of(c.cca3), "demonym");
  }
  const capital = c.capital[0];
  if (capital !== undefined && c.independent !== false && !AMBIGUOUS_CAPITALS.has(capital)) {
    add(capital, iso3Of(c.cca3), "capital");
  }
  if (capital?.endsWith("D.C.")) add(capital.replace(/,? D\.C\.$/, ""), iso3Of(c.cca3), "capital");
}

function addAltSpelling(alt: string, cca2: string, iso3: string, add: Adder): void {
  if (/^[A-Z]{2,4}$/.test(alt)) {
    if (alt === cca2 && !SAFE_TWO_LETTER.has(alt)) return;
    add(alt, iso3, "code");
    add(alt.split("").join(".") + ".", iso3, "code");
    return;
  }
  if (alt.includes(",") || alt.includes("(")) return;
  add(alt, iso3, "name");
}

const STEMS: readonly (readonly [string, string])[] = worldCountries
  .filter((c) => c.independent !== false)
  .map((c) => [foldForLookup(c.name.common), iso3Of(c.cca3)] as const);

/** "Maldivian" → MDV, "Kazakh" → KAZ: a demonym the data lacks, by the country name it starts. */
export function countryByStem(word: string): string | undefined {
  const stem = foldForLookup(word).replace(/(ians?|ans?|ese|ish|is?|ic)$/, "");
  if (stem.length < 4) return undefined;
  const found = STEMS.filter(([name]) => name.startsWith(stem));
  return found.length === 1 ? found[0]?.[1] : undefined;
}

/** First words of every form, folded: a token that starts none is skipped at once. */
export const COUNTRY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...COUNTRY_FORMS.keys()].map((form) => foldForLookup(form.split(" ")[0] ?? form)),
);

/**
 * For each folded first word, at most how many tokens a form starting with it spans (its words
 * and punctuation marks, and one more to spare): a match at a token tries no longer spans. Most
 * forms are one word ("China", "Kremlin", "Chinese"), so most tokens try one span, not eight.
 */
export const COUNTRY_FORM_SPAN: ReadonlyMap<string, number> = (() => {
  const spans = new Map<string, number>();
  for (const form of COUNTRY_FORMS.keys()) {
    const first = foldForLookup(form.split(" ")[0] ?? form);
    const tokens =
      form.split(/\s+/).length + (form.match(/[^\p{L}\p{N}\s'’.&-]/gu)?.length ?? 0) + 1;
    spans.set(first, Math.max(spans.get(first) ?? 0, tokens));
  }
  return spans;
})();

/**
 * The last word of every form, folded. A span of tokens names a country only if its last word,
 * folded, is one of them ("Republic of Korea", "the Gambia"), so most spans that open on "the" or
 * "South" are never looked up whole. A word that folds to several words is kept to be looked up
 * (see mayEndCountryFormFolded).
 */
const LAST_WORDS: ReadonlySet<string> = new Set(
  [...COUNTRY_FORMS.keys()].map((form) => foldForLookup(lastWord(form))),
);

/**
 * Whether a form may end with a word, given folded (a token's `folded`): "Congo", "Korea",
 * "Islands" may; "minister" may not.
 */
export function mayEndCountryFormFolded(folded: string): boolean {
  return LAST_WORDS.has(folded) || folded.includes(" ");
}

export function lookupCountryForm(text: string): CountryForm | undefined {
  return COUNTRY_FORMS.get(text) ?? COUNTRY_FORMS.get(foldForLookup(text));
}
