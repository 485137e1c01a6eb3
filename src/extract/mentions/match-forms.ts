import {
  COUNTRY_FORM_SPAN,
  lookupCountryForm,
  mayEndCountryFormFolded,
} from "../gazetteer/countries.ts";
import {
  ORG_FIRST_WORDS,
  ORG_FORMS,
  ORG_LOWERCASE_LAST_WORDS,
  ORG_LAST_WORDS,
  patternOrg,
} from "../gazetteer/organization-index.ts";
import { FUNCTION_WORDS, ORG_KEYWORDS, PLACE_KEYWORDS, WORK_NOUNS } from "../gazetteer/words.ts";
import { PORTFOLIO_WORDS } from "../gazetteer/portfolios.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { countryMention, type Mention, orgMention, placeMention } from "./mention.ts";
import { spanOf, capitalize } from "./span.ts";
import { ARTICLE_HYPHEN_NAME } from "../text/char-classes.ts";
import { onTopicOfBody, regionAfterAndThe } from "./body-name-joints.ts";
import { seatSpeaks } from "./speaking-seat.ts";
import { surnamedPerson } from "./surname-place.ts";

export const MAX_FORM_WORDS = 8;

export const NATIONAL_BODIES =
  /^(army|military|navy|government|parliament|police|junta|cabinet|legislature|senate|congress|presidency|embassy|consulate|treasury)$/;

/** Kinds of rule before a state's body: "Nepal's interim government", "the federal parliament". */
const STATE_BODY_KINDS =
  /^(?:interim|transitional|caretaker|provisional|federal|central|national|civilian|coalition|new|outgoing|incoming)$/;

/**
 * "the Libyan coast guard", "Polish border guards", "the Colombian Air Force": two-word bodies. A
 * map, not an object: the two words after every country are looked up, and a string built
 * afresh as an object's key costs several times a map lookup.
 */
const NATIONAL_PAIRS: ReadonlyMap<string, string> = new Map([
  ["coast guard", "Coast Guard"],
  ["coast guards", "Coast Guard"],
  ["border guard", "Border Guard"],
  ["border guards", "Border Guard"],
  ["air force", "Air Force"],
]);

export const MINISTRY = /^(ministry|ministries)$/i;

/** "Sudan People's Liberation Movement": a possessive inside a body's name that does not end it. */
export const COLLECTIVE_OWNERS = /^(?:People|Peoples|Workers|Women|Farmers)$/;

/** The words of tokens [from, to), an inner possessive kept: "People's Democratic Party". */
export function joinKeepingPossessive(tokens: readonly Token[], from: number, to: number): string {
  const inner = tokens.slice(from, to).some((t, k) => t.possessive && from + k < to - 1);
  if (!inner) return joinTokens(tokens, from, to);
  return tokens
    .slice(from, to)
    .map((t, k) => (t.possessive && from + k < to - 1 ? `${t.text}'s` : t.text))
    .join(" ");
}

/** "Kuwait Fund for Arab Economic Development", "Abu Dhabi Fund": a body named after its country. */
export function countryLedOrg(tokens: readonly Token[], i: number): Mention | undefined {
  const country = matchForm(tokens, i, "country");
  if (country?.kind !== "country" || country.possessive || !tokens[country.to]?.capitalized)
    return undefined;
  let to = country.to;
  for (;;) {
    while (
      to < tokens.length &&
      tokens[to]?.capitalized &&
      (!tokens[to - 1]?.possessive || COLLECTIVE_OWNERS.test(tokens[to - 1]?.text ?? ""))
    )
      to++;
    // "Kenya Road and Bridge Company": "and" inside the name, not between two bodies ("Kenya
    // Airways and Ethiopian Airlines" ends the first at its keyword).
    if (
      to === country.to ||
      tokens[to]?.text !== "and" ||
      tokens[to + 1]?.capitalized !== true ||
      tokens[to - 1]?.possessive === true ||
      ORG_KEYWORDS.has(tokens[to - 1]?.text ?? "")
    )
      break;
    to += 1;
  }
  // "Sudan People's Liberation Movement-in-Opposition": the keyword may open a hyphenated word.
  const last = (tokens[to - 1]?.text ?? "").split("-")[0] ?? "";
  if (to === country.to || !ORG_KEYWORDS.has(last)) return undefined;
  const end = extendWithOf(tokens, to);
  // "People's": the possessive stays in the body's name.
  const text = joinKeepingPossessive(tokens, i, end);
  return orgMention(patternOrg(text, country.iso3), spanOf(tokens, i, end, text));
}

/** "Democratic Republic of Congo" is the country, "Taiwan Strait" the place: the longer wins. */
export function longerOf(
  country: Mention | undefined,
  place: Mention | undefined,
): Mention | undefined {
  if (country === undefined) return place;
  if (place === undefined) return country;
  return country.to >= place.to ? country : place;
}

/** "South China Sea", "Taiwan Strait": a feature named after a country is a place, not the country. */
export function matchPlace(tokens: readonly Token[], i: number): Mention | undefined {
  if (!tokens[i]?.capitalized || FUNCTION_WORDS.has(tokens[i]?.lower ?? "")) return undefined;
  for (let to = i + 1; to < Math.min(tokens.length, i + 5); to++) {
    const t = tokens[to];
    if (t === undefined || !t.capitalized || tokens[to - 1]?.possessive) return undefined;
    if (PLACE_KEYWORDS.has(t.text)) {
      if (surnamedPerson(tokens, i, to + 1)) return undefined;
      const text = joinTokens(tokens, i, to + 1);
      // "Miraflores Palace said…": a seat of government speaking is read as a body (matchRun).
      if (lookupCountryForm(text) !== undefined || seatSpeaks(tokens, i, to + 1)) return undefined;
      return placeMention(spanOf(tokens, i, to + 1, text));
    }
  }
  return undefined;
}

/**
 * What matchForm found at each token of the sentence it was last asked about, per kind (null:
 * nothing). The rules ask the same question of the same token two to four times (is a country
 * named here? a body?), and each answer costs joins and gazetteer lookups. One sentence is kept:
 * the questions come sentence by sentence, and asking about another sentence only starts afresh.
 */
let askedOf: readonly Token[] | undefined;
let found: { country: (Mention | null)[]; org: (Mention | null)[] } = { country: [], org: [] };

/** Longest gazetteer form starting at token i. */
export function matchForm(
  tokens: readonly Token[],
  i: number,
  kind: "org" | "country",
): Mention | undefined {
  if (tokens !== askedOf) {
    askedOf = tokens;
    found = { country: [], org: [] };
  }
  const known = found[kind][i];
  if (known !== undefined) return known ?? undefined;
  const form = formAt(tokens, i, kind);
  found[kind][i] = form ?? null;
  return form;
}

function formAt(tokens: readonly Token[], i: number, kind: "org" | "country"): Mention | undefined {
  const first = tokens[i]?.text ?? "";
  // "al-Shabaab": an Arabic article before a capital opens a body's name as a capital does.
  if (
    !tokens[i]?.capitalized &&
    first !== "the" &&
    !(first.includes("-") && ARTICLE_HYPHEN_NAME.test(first))
  )
    return undefined;
  const span =
    kind === "org"
      ? ORG_FIRST_WORDS.has(first)
        ? MAX_FORM_WORDS
        : undefined
      : COUNTRY_FORM_SPAN.get(tokens[i]?.folded ?? "");
  if (span === undefined) return kind === "org" ? bankCompound(tokens, i) : undefined;
  for (let to = Math.min(tokens.length, i + Math.min(span, MAX_FORM_WORDS)); to > i; to--) {
    const last = tokens[to - 1];
    if (last === undefined || last.punct) continue;
    // A body may end on a lowercase word only as the gazetteer writes it ("UN human rights office").
    if (
      to - 1 > i &&
      !last.capitalized &&
      (kind !== "org" || !ORG_LOWERCASE_LAST_WORDS.has(last.text))
    )
      continue;
    // A span's text ends with its last token's word: one no form of its kind ends with is skipped.
    if (kind === "org" ? !ORG_LAST_WORDS.has(last.text) : !mayEndCountryFormFolded(last.folded))
      continue;
    const text = joinTokens(tokens, i, to);
    if (kind === "org") {
      const org = ORG_FORMS.get(text);
      if (org !== undefined) return orgMention(org, spanOf(tokens, i, to, text));
    } else {
      const form = lookupCountryForm(text);
      // "US$500 million" names a currency, not the country.
      if (form !== undefined && tokens[to]?.text === "$" && tokens[to]?.start === last.end)
        return undefined;
      if (form !== undefined)
        return countryMention(form.iso3, form.kind, spanOf(tokens, i, to, text));
    }
  }
  return undefined;
}

/** "Afreximbank", "Sberbank", "Eximbank": one word ending in "bank" names a bank, not a person. */
const BANK_COMPOUND = /^\p{Lu}[\p{L}-]{2,}bank$/u;

function bankCompound(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i];
  // Most capitalised words are tried here: the pattern runs only on the few it can match.
  if (t === undefined || !t.text.endsWith("bank") || !BANK_COMPOUND.test(t.text)) return undefined;
  return orgMention(patternOrg(t.text, undefined), spanOf(tokens, i, i + 1, t.text));
}

/** Letters only. */
const LETTERS_ONLY = /^\p{L}+$/u;

/** "foreign ministry", "the defence ministry": a government body named in lowercase. */
export function matchLowercaseMinistry(tokens: readonly Token[], i: number): Mention | undefined {
  const next = tokens[i + 1];
  const word = tokens[i]?.text ?? "";
  if (next === undefined || !MINISTRY.test(next.text) || !LETTERS_ONLY.test(word)) return undefined;
  if (FUNCTION_WORDS.has(word.toLowerCase())) return undefined;
  // "to rebuild ministries", "burned ministries": a verb, not a portfolio ("mining" still is one).
  if (tokens[i - 1]?.text === "to" || /ed$/.test(word)) return undefined;
  const name = `${capitalize(word)} Ministry`;
  return orgMention(patternOrg(name, undefined), spanOf(tokens, i, i + 2, name));
}

/** "the Sudanese army", "Kenya's parliament": a state body named by common noun after its country. */
export function matchNationalBody(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const prev = before.at(-1);
  if (prev?.kind !== "country" || prev.to !== i || prev.text.includes("-")) return undefined;
  // "the Kenyan-led police mission" is no body of Kenya's own.
  const lower = tokens[i]?.lower ?? "";
  const pair = NATIONAL_PAIRS.get(`${lower} ${tokens[i + 1]?.lower ?? ""}`);
  if (pair !== undefined) {
    const name = `${prev.text} ${joinTokens(tokens, i, i + 2)}`;
    return orgMention(patternOrg(pair, prev.iso3), spanOf(tokens, i, i + 2, name));
  }
  // "Nepal's interim government", "the Malian transitional authorities": a kind of rule, then
  // the body.
  if (STATE_BODY_KINDS.test(lower) && NATIONAL_BODIES.test(tokens[i + 1]?.text ?? "")) {
    const name = `${prev.text} ${joinTokens(tokens, i, i + 2)}`;
    const head = capitalize(tokens[i + 1]!.text);
    return orgMention(patternOrg(head, prev.iso3), spanOf(tokens, i, i + 2, name));
  }
  // "the U.S. Treasury", "Kenya's parliament": a state's body, capitalised or not.
  if (!NATIONAL_BODIES.test(lower)) return undefined;
  // "Niger's military government", "the Malian military junta": the body is the one named last.
  const head = NATIONAL_BODIES.test(tokens[i + 1]?.text ?? "") ? i + 1 : i;
  if (head === i && !standsAlone(tokens, i)) return undefined;
  const word = tokens[head]!.lower;
  const name = `${prev.text} ${joinTokens(tokens, i, head + 1)}`;
  return orgMention(patternOrg(capitalize(word), prev.iso3), spanOf(tokens, i, head + 1, name));
}

/**
 * "Chad's military said", "the Russian military, which…": "military" or "treasury" names the body
 * only where no noun follows it ("Russian military drills", "Indian treasury bills" are the
 * state's own things), and a capitalised body word only where no other name goes on after it.
 */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // "U.S. Treasury Secretary", "Kenya's Treasury Cabinet Secretary": a title, not the body.
  if (t.capitalized) return next?.capitalized !== true;
  if (!ADJECTIVAL.test(t.text)) return true;
  if (next === undefined || next.punct || next.capitalized) return true;
  const word = next.text;
  return FUNCTION_WORDS.has(word) || word.endsWith("ed") || AFTER_BODY.test(word);
}

/** Body words that modify a noun as often as they name the body: "military aid", "treasury bills". */
const ADJECTIVAL = /^(?:military|treasury)$/;

/** What a body does that is not in "-ed": "said", "says", "took", "told". */
const AFTER_BODY = /^(?:said|says|told|took|began|seized|sent|held|ran|fought|struck|won)$/;

/**
 * "Minister of Public Security": an "of"/"for" phrase of capitalised words that is not a country
 * (with onToo, a body's "on" phrase as well: "Committee on Missing Persons").
 */
export function extendWithOf(tokens: readonly Token[], at: number, onToo = false): number {
  const prep = tokens[at]?.text;
  if (prep !== "of" && prep !== "for" && !(onToo && onTopicOfBody(tokens, at))) return at;
  let to = at + 1;
  if (tokens[to]?.text === "the") to++;
  const start = to;
  for (;;) {
    if (
      tokens[to]?.capitalized === true ||
      (to > start && tokens[to]?.text === "and" && tokens[to + 1]?.capitalized)
    )
      to++;
    // "Development Bank of Latin America and the Caribbean": a region joined by "and the".
    else if (to > start && regionAfterAndThe(tokens, to)) to += 2;
    else {
      const inner = innerOf(tokens, to, start);
      if (inner === undefined) break;
      to = inner;
    }
  }
  if (forTheWork(tokens, at, to)) return at;
  // "Secretary General of the Organization of American States": a known body named beyond the
  // capitalised run keeps its name.
  const known = matchForm(tokens, start, "org");
  if (to === start || matchForm(tokens, start, "country") !== undefined || (known?.to ?? 0) > to)
    return at;
  // "the President of the European Commission Ursula von der Leyen": the body, then a name.
  if (known !== undefined && known.to < to && !tokens[known.to - 1]?.possessive)
    return tokens
      .slice(known.to, to)
      .some((t) => ORG_KEYWORDS.has(t.text) || PLACE_KEYWORDS.has(t.text) || t.possessive)
      ? to
      : known.to;
  const phrase = joinTokens(tokens, start, to);
  if (lookupCountryForm(phrase) !== undefined || ORG_FORMS.has(phrase)) return at;
  return portfolioEnd(tokens, start, to);
}

/**
 * "a loan to the Canal Authority for the Tapia reservoir", "the Port Authority for the Lagos
 * terminal": capitalised words after "for the" that a works noun follows name that work, the
 * purpose of the money or task, not the rest of the body's name.
 */
function forTheWork(tokens: readonly Token[], at: number, to: number): boolean {
  const after = tokens[to];
  return (
    tokens[at]?.text === "for" &&
    tokens[at + 1]?.text === "the" &&
    after !== undefined &&
    !after.capitalized &&
    WORKS.has(after.lower)
  );
}

/** Nouns of a built work that a place's or a project's name qualifies. */
const WORKS: ReadonlySet<string> = new Set(WORK_NOUNS);

/**
 * "Minister of the Economy Alamine Ousmane Mey": a portfolio, then a name of two or more
 * capitalised words that are no portfolio's; the "of" phrase ends with the portfolio.
 */
function portfolioEnd(tokens: readonly Token[], start: number, to: number): number {
  let end = start;
  while (
    end < to &&
    (PORTFOLIO_WORDS.has(tokens[end]?.lower ?? "") || qualifiesPortfolio(tokens, end))
  )
    end++;
  if (end === start || to - end < 2 || tokens[end - 1]?.text === "and") return to;
  // "Office of Foreign Assets Control": a portfolio cut after an adjective has not named its
  // field yet; the capitalised words after it are that field, not a person.
  if (FIELD_ADJECTIVES.has(tokens[end - 1]?.lower ?? "")) return to;
  // "of the African Union Commission": a body's keyword makes the rest no person's name.
  const rest = tokens.slice(end, to);
  return rest.some(
    (t) => PORTFOLIO_WORDS.has(t.lower) || ORG_KEYWORDS.has(t.text) || PLACE_KEYWORDS.has(t.text),
  )
    ? to
    : end;
}

/** Portfolio words that only qualify the field's noun ("Foreign Affairs", "Public Works"). */
const FIELD_ADJECTIVES: ReadonlySet<string> = new Set([
  "foreign",
  "public",
  "social",
  "regional",
  "local",
  "external",
  "territorial",
  "natural",
  "rural",
  "urban",
  "digital",
  "maritime",
  "humanitarian",
  "military",
  "nuclear",
  "special",
]);

/** Words that open bodies' names too, so no portfolio word alone ("International Cooperation"). */
const PORTFOLIO_QUALIFIERS: ReadonlySet<string> = new Set([
  "international",
  "national",
  "european",
]);

/**
 * "Minister of Planning and International Cooperation Rania Al-Mashat": "International" before a
 * portfolio's noun is part of the portfolio, not the name after it.
 */
function qualifiesPortfolio(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.lower ?? "";
  return (
    PORTFOLIO_QUALIFIERS.has(tokens[at]?.lower ?? "") && next !== "and" && PORTFOLIO_WORDS.has(next)
  );
}

/**
 * "of the Association of Caribbean States": an inner "of" (or "of the") between capitalised
 * words goes on with the body's name, unless a country follows ("…of Foreign Affairs of Peru").
 * Returns where the name goes on, or undefined.
 */
function innerOf(tokens: readonly Token[], at: number, start: number): number | undefined {
  // "Fund for Responding to Loss and Damage", "Centre for Adapting to Climate Change": a gerund
  // in the name's cause keeps its "to" object.
  if (
    at > start &&
    tokens[at]?.text === "to" &&
    /^\p{Lu}\p{Ll}+ing$/u.test(tokens[at - 1]?.text ?? "")
  )
    return tokens[at + 1]?.capitalized === true ? at + 1 : undefined;
  if (at === start || tokens[at]?.text !== "of") return undefined;
  const next = tokens[at + 1]?.text === "the" ? at + 2 : at + 1;
  if (tokens[next]?.capitalized !== true) return undefined;
  return matchForm(tokens, next, "country") === undefined ? next : undefined;
}
