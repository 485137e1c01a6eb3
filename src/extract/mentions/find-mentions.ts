import { COUNTRY_FIRST_WORDS, countryByStem, lookupCountryForm } from "../gazetteer/countries.ts";
import { ORG_FIRST_WORDS, ORG_FORMS, patternOrg } from "../gazetteer/organization-index.ts";
import { foldForLookup } from "../text/slug.ts";
import { matchTitleWords, mayStartTitle } from "../gazetteer/title-index.ts";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  MONTHS,
  NAME_PARTICLES,
  ORG_KEYWORDS,
  PLACE_KEYWORDS,
  REGION_WORDS,
  WEEKDAYS,
} from "../gazetteer/words.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import type { Mention, NameMention, TitleMention } from "./mention.ts";
import { attachTitleContext } from "./title-context.ts";

const MAX_FORM_WORDS = 8;
const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
/** "External Affairs Minister": capitalised words before these heads make a title. */
const RUN_TITLE_HEADS: ReadonlySet<string> = new Set([
  "minister",
  "secretary",
  "president",
  "chancellor",
  "commissioner",
  "envoy",
  "ambassador",
  "spokesperson",
  "spokesman",
  "spokeswoman",
]);
const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  "group",
  "organisation",
  "organization",
  "company",
  "firm",
  "agency",
  "party",
  "movement",
  "bank",
  "fund",
  "platform",
  "network",
  "outlet",
  "newspaper",
  "broadcaster",
  "ngo",
  "charity",
  "tank",
  "institute",
  "coalition",
  "alliance",
  "militia",
  "conglomerate",
  "giant",
  "operator",
  "carrier",
  "airline",
  "lender",
  "insurer",
  "producer",
  "manufacturer",
  "maker",
  "startup",
  "start-up",
]);
const NATIONAL_BODIES =
  /^(army|military|navy|government|parliament|police|junta|cabinet|legislature|senate|congress)$/;
const MINISTRY = /^(ministry|ministries)$/i;

/** Finds countries, organisations, titles, names and places in one tokenized sentence. */
export function findMentions(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = matchAt(tokens, i, mentions);
    if (found === undefined) {
      i++;
      continue;
    }
    mentions.push(found);
    i = found.to;
  }
  return attachTitleContext(tokens, mentions);
}

function matchAt(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const t = tokens[i];
  if (t === undefined || t.punct) return undefined;
  return (
    countryLedOrg(tokens, i) ??
    longerOf(matchForm(tokens, i, "country"), matchPlace(tokens, i)) ??
    matchForm(tokens, i, "org") ??
    matchLowercaseMinistry(tokens, i) ??
    matchNationalBody(tokens, i, before) ??
    matchTitle(tokens, i, before) ??
    (t.capitalized ? matchRun(tokens, i, before) : undefined)
  );
}

/** "Kuwait Fund for Arab Economic Development", "Abu Dhabi Fund": a body named after its country. */
function countryLedOrg(tokens: readonly Token[], i: number): Mention | undefined {
  const country = matchForm(tokens, i, "country");
  if (country?.kind !== "country" || country.possessive || !tokens[country.to]?.capitalized)
    return undefined;
  let to = country.to;
  while (to < tokens.length && tokens[to]?.capitalized && !tokens[to - 1]?.possessive) to++;
  if (to === country.to || !ORG_KEYWORDS.has(tokens[to - 1]?.text ?? "")) return undefined;
  const end = extendWithOf(tokens, to);
  const text = joinTokens(tokens, i, end);
  return { kind: "org", org: patternOrg(text, country.iso3), ...spanOf(tokens, i, end, text) };
}

/** "Democratic Republic of Congo" is the country, "Taiwan Strait" the place: the longer wins. */
function longerOf(country: Mention | undefined, place: Mention | undefined): Mention | undefined {
  if (country === undefined) return place;
  if (place === undefined) return country;
  return country.to >= place.to ? country : place;
}

/** "South China Sea", "Taiwan Strait": a feature named after a country is a place, not the country. */
function matchPlace(tokens: readonly Token[], i: number): Mention | undefined {
  if (!tokens[i]?.capitalized || FUNCTION_WORDS.has(tokens[i]?.text.toLowerCase() ?? ""))
    return undefined;
  for (let to = i + 1; to < Math.min(tokens.length, i + 5); to++) {
    const t = tokens[to];
    if (t === undefined || !t.capitalized || tokens[to - 1]?.possessive) return undefined;
    if (PLACE_KEYWORDS.has(t.text)) {
      const text = joinTokens(tokens, i, to + 1);
      if (lookupCountryForm(text) !== undefined) return undefined;
      return { kind: "place", ...spanOf(tokens, i, to + 1, text) };
    }
  }
  return undefined;
}

/** Longest gazetteer form starting at token i. */
function matchForm(
  tokens: readonly Token[],
  i: number,
  kind: "org" | "country",
): Mention | undefined {
  const first = tokens[i]?.text ?? "";
  if (!tokens[i]?.capitalized && first !== "the") return undefined;
  const starts =
    kind === "org" ? ORG_FIRST_WORDS.has(first) : COUNTRY_FIRST_WORDS.has(foldForLookup(first));
  if (!starts) return undefined;
  for (let to = Math.min(tokens.length, i + MAX_FORM_WORDS); to > i; to--) {
    const last = tokens[to - 1];
    if (last === undefined || last.punct || (to - 1 > i && !last.capitalized)) continue;
    const text = joinTokens(tokens, i, to);
    const span = spanOf(tokens, i, to, text);
    if (kind === "org") {
      const org = ORG_FORMS.get(text);
      if (org !== undefined) return { kind: "org", org, ...span };
    } else {
      const form = lookupCountryForm(text);
      // "US$500 million" names a currency, not the country.
      if (form !== undefined && tokens[to]?.text === "$" && tokens[to]?.start === last.end)
        return undefined;
      if (form !== undefined) return { kind: "country", iso3: form.iso3, form: form.kind, ...span };
    }
  }
  return undefined;
}

/** "foreign ministry", "the defence ministry": a government body named in lowercase. */
function matchLowercaseMinistry(tokens: readonly Token[], i: number): Mention | undefined {
  const next = tokens[i + 1];
  const word = tokens[i]?.text ?? "";
  if (next === undefined || !MINISTRY.test(next.text) || !/^\p{L}+$/u.test(word)) return undefined;
  if (FUNCTION_WORDS.has(word.toLowerCase())) return undefined;
  const name = `${capitalize(word)} Ministry`;
  return { kind: "org", org: patternOrg(name, undefined), ...spanOf(tokens, i, i + 2, name) };
}

/** "the Sudanese army", "Kenya's parliament": a state body named by common noun after its country. */
function matchNationalBody(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const word = tokens[i]?.text ?? "";
  const prev = before.at(-1);
  if (!NATIONAL_BODIES.test(word) || prev?.kind !== "country" || prev.to !== i) return undefined;
  const name = `${prev.text} ${word}`;
  return {
    kind: "org",
    org: patternOrg(capitalize(word), prev.iso3),
    ...spanOf(tokens, i, i + 1, name),
  };
}

function matchTitle(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): TitleMention | undefined {
  if (!mayStartTitle((tokens[i]?.text ?? "").replace(/^(then|ex)-/i, ""))) return undefined;
  // "then-President Mauricio Macri", "ex-minister": the prefix does not change the role.
  const words = tokens
    .slice(i, i + 7)
    .map((t) => (t.punct ? "\u0000" : t.text.toLowerCase().replace(/^(then|ex)-/, "")));
  const match = matchTitleWords(words);
  if (match === undefined) return undefined;
  const first = tokens[i];
  const next = tokens[i + match.length];
  const prevText = tokens[i - 1]?.text.toLowerCase() ?? "";
  const licensed =
    first?.capitalized === true ||
    next?.capitalized === true ||
    ["the", "a", "an", "its", "his", "her", "their", "two", "both", "three"].includes(prevText) ||
    before.at(-1)?.to === i ||
    tokens[i - 1]?.possessive === true ||
    tokens[i - 2]?.possessive === true ||
    tokens[i - 3]?.possessive === true;
  if (
    !licensed ||
    (match.weak &&
      first?.capitalized !== true &&
      !["the", "a", "two", "both"].includes(prevText) &&
      before.at(-1)?.to !== i)
  ) {
    return undefined;
  }
  const to = extendWithOf(tokens, i + match.length);
  const text = joinTokens(tokens, i, to);
  return {
    kind: "title",
    role: titleCase(text),
    country: undefined,
    org: undefined,
    definite: false,
    plural: match.plural,
    ...spanOf(tokens, i, to, text),
  };
}

/** "Minister of Public Security": an "of"/"for" phrase of capitalised words that is not a country. */
function extendWithOf(tokens: readonly Token[], at: number): number {
  const prep = tokens[at]?.text;
  if (prep !== "of" && prep !== "for") return at;
  let to = at + 1;
  if (tokens[to]?.text === "the") to++;
  const start = to;
  while (
    tokens[to]?.capitalized === true ||
    (to > start && tokens[to]?.text === "and" && tokens[to + 1]?.capitalized)
  ) {
    to++;
  }
  if (to === start || matchForm(tokens, start, "country") !== undefined) return at;
  const phrase = joinTokens(tokens, start, to);
  return lookupCountryForm(phrase) !== undefined || ORG_FORMS.has(phrase) ? at : to;
}

/** A run of capitalised words: a name, an organisation or a place. */
function matchRun(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  const lower = first.text.toLowerCase();
  const honorific = HONORIFICS.has(first.text);
  // "Vietnamese leader To Lam": right after a title, a capitalised word starts a name.
  const afterTitle = before.at(-1)?.kind === "title" && before.at(-1)?.to === i;
  // "Separately," "Meanwhile," — sentence adverbs are never names.
  if (
    !afterTitle &&
    (FUNCTION_WORDS.has(lower) ||
      DATE_WORDS.has(lower) ||
      (/ly$/.test(lower) && tokens[i + 1]?.text === ","))
  ) {
    if (!honorific) return undefined;
  }
  const demonym = unknownDemonym(tokens, i);
  if (demonym !== undefined) return demonym;
  const start = honorific ? (tokens[i + 1]?.text === "." ? i + 2 : i + 1) : i;
  let to = start;
  while (to < tokens.length && continuesRun(tokens, to, start)) to++;
  while (
    to > start &&
    !tokens[to - 1]?.capitalized &&
    !/^\p{Ll}+-\p{Lu}/u.test(tokens[to - 1]?.text ?? "")
  )
    to--;
  if (to === start) return undefined;
  return classifyRun(tokens, start, to, honorific);
}

/**
 * "Maldivian President Mohamed Muizzu": a capitalised word before a title that the gazetteer
 * lacks, read as a demonym when it is the start of a country's name ("Maldiv-" of Maldives).
 */
function unknownDemonym(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined || !next.capitalized || !mayStartTitle(next.text))
    return undefined;
  const words = tokens.slice(i + 1, i + 5).map((x) => x.text.toLowerCase());
  if (matchTitleWords(words) === undefined) return undefined;
  const iso3 = countryByStem(t.text);
  if (iso3 === undefined) return undefined;
  return { kind: "country", iso3, form: "demonym", ...spanOf(tokens, i, i + 1, t.text) };
}

function continuesRun(tokens: readonly Token[], at: number, start: number): boolean {
  const t = tokens[at];
  if (t === undefined || t.punct) return false;
  if (at > start && tokens[at - 1]?.possessive) return false;
  if (t.capitalized) {
    if (at === start) return true;
    const lower = t.text.toLowerCase();
    return (
      !DATE_WORDS.has(lower) &&
      !FUNCTION_WORDS.has(lower) &&
      lookupCountryForm(t.text) === undefined
    );
  }
  if (at > start && /^(al|el|bin|ibn|da|de|van|von|di|du|le|la)-\p{Lu}/u.test(t.text)) return true;
  if (at === start || !NAME_PARTICLES.has(t.text)) return false;
  let next = at + 1;
  while (tokens[next] !== undefined && NAME_PARTICLES.has(tokens[next]?.text ?? "")) next++;
  return tokens[next]?.capitalized === true;
}

function classifyRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  honorific: boolean,
): Mention {
  const words = tokens.slice(from, to).map((t) => t.text);
  const text = joinTokens(tokens, from, to);
  const span = spanOf(tokens, from, to, text);
  const last = words.at(-1) ?? "";
  if (!honorific && RUN_TITLE_HEADS.has(last.toLowerCase()) && words.length > 1) {
    return {
      kind: "title",
      role: text,
      country: undefined,
      org: undefined,
      definite: false,
      plural: false,
      ...span,
    };
  }
  if (!honorific && words.every((w) => /^[\p{Lu}\d.&-]{2,}$/u.test(w)))
    return { kind: "place", ...span };
  if (!honorific && ORG_KEYWORDS.has(last)) {
    // "Ministry of Commerce", "Bank of England": the body's name goes on after "of".
    const end = extendWithOf(tokens, to);
    const full = joinTokens(tokens, from, end);
    return { kind: "org", org: patternOrg(full, undefined), ...spanOf(tokens, from, end, full) };
  }
  if (!honorific && (PLACE_KEYWORDS.has(last) || words.some((w) => REGION_WORDS.has(w)))) {
    return { kind: "place", ...span };
  }
  // "the rights group Fortify Rights", "the energy company Masdar": a name after a kind of body.
  if (!honorific && ORG_DESCRIPTORS.has(tokens[from - 1]?.text.toLowerCase() ?? ""))
    return { kind: "org", org: patternOrg(text, undefined), ...span };
  const name: NameMention = { kind: "name", words, honorific, ...span };
  return name;
}

function spanOf(tokens: readonly Token[], from: number, to: number, text: string) {
  const first = tokens[from];
  const last = tokens[to - 1];
  return {
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    from,
    to,
    text,
    possessive: last?.possessive ?? false,
  };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function titleCase(text: string): string {
  return text
    .split(" ")
    .map((w) => (["of", "for", "the", "and"].includes(w) ? w : capitalize(w)))
    .join(" ")
    .replace(/-(\p{Ll})/gu, (_, c: string) => `-${c.toUpperCase()}`);
}
