import { countryByStem, lookupCountryForm } from "../gazetteer/countries.ts";
import { patternOrg } from "../gazetteer/organization-index.ts";
import { matchTitleWords, mayStartLowerTitle } from "../gazetteer/title-index.ts";
import {
  DATE_WORDS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  ORG_KEYWORDS,
  PLACE_KEYWORDS,
  REGION_WORDS,
  THING_KEYWORDS,
  TRADE_WORDS,
} from "../gazetteer/words.ts";
import type { Token } from "../text/tokenize.ts";
import {
  countryMention,
  type Mention,
  nameMention,
  orgMention,
  placeMention,
  titleMention,
} from "./mention.ts";
import { spanOf } from "./span.ts";
import { COLLECTIVE_OWNERS, joinKeepingPossessive, matchForm } from "./match-forms.ts";
import { honorificPrefixEnd } from "./honorific-prefix.ts";
import { surnamedPerson } from "./surname-place.ts";
import { coordinatedBodyEnd } from "./body-name-joints.ts";
import { bodyNameEnd, ROMANCE_BODY_HEADS } from "./body-name-connectors.ts";
import { seatSpeaks } from "./speaking-seat.ts";
import { demonymBodyTail } from "./demonym-body-tail.ts";
import { PARTICIPLE_COMPOUND } from "./country-compound.ts";
import { portfolioBeforeHead } from "./portfolio-title.ts";
import { packedMap } from "../text/packed-map.ts";
import { ARTICLE_HYPHEN_NAME, LOWERCASE } from "../text/char-classes.ts";

/** "External Affairs Minister": capitalised words before these heads make a title. */
export const RUN_TITLE_HEADS: ReadonlySet<string> = new Set([
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
  "governor",
  "premier",
  "speaker",
  "chairman",
  "chairwoman",
  "chairperson",
  "mayor",
  "senator",
  // "CARICOM Secretary-General Carla Barnett": a hyphenated head ends the body's name too.
  "secretary-general",
  "director-general",
]);

export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
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
  "consortium",
  "utility",
  "watchdog",
  "regulator",
  "refiner",
  "distributor",
  "exporter",
  "federation",
  "association",
  "foundation",
  "corporation",
  // "the opposition Fuerza del Pueblo": a party named after "the opposition".
  "opposition",
  // "the nonprofit Green Ledger", "the farm lobby Agri Forum", "the think-tank Policy Horizon".
  "nonprofit",
  "non-profit",
  "lobby",
  "think-tank",
]);

/** "al-Sisi", "pro-Russian": lowercase letters, a hyphen, a capital. */
const LOWER_HYPHEN_CAPITAL = /^\p{Ll}+-\p{Lu}/u;

/** A run of capitalised words: a name, an organisation or a place. */
export function matchRun(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  const lower = first.lower;
  const afterHonorific = honorificPrefixEnd(tokens, i);
  const honorific = afterHonorific > i;
  // "Vietnamese leader To Lam": right after a title, a capitalised word starts a name.
  const afterTitle = before.at(-1)?.kind === "title" && before.at(-1)?.to === i;
  // "Separately," "Meanwhile," — sentence adverbs are never names.
  if (
    !afterTitle &&
    (FUNCTION_WORDS.has(lower) ||
      DATE_WORDS.has(lower) ||
      (/ly$/.test(lower) && tokens[i + 1]?.text === ",")) &&
    !nameLikeFunctionWord(tokens, i)
  ) {
    if (!honorific) return undefined;
  }
  const demonym = unknownDemonym(tokens, i);
  if (demonym !== undefined) return demonym;
  const start = afterHonorific;
  let to = start;
  while (
    to < tokens.length &&
    (continuesRun(tokens, to, start) || (afterTitle && dateWordSurname(tokens, to, start)))
  )
    to++;
  while (
    to > start &&
    !tokens[to - 1]?.capitalized &&
    !LOWER_HYPHEN_CAPITAL.test(tokens[to - 1]?.text ?? "")
  )
    to--;
  // "President William Ruto Now faces…": after a title the run is a person's, whom no adverb ends.
  if (afterTitle && to - start > 1 && NAME_ADVERBS.has(tokens[to - 1]?.lower ?? "")) to--;
  if (to === start) return undefined;
  // "the Hong Kong-based Harbour Holdings", "the Kurdish-led Democratic Forces": a modifier ends
  // the run; the name after it is read on its own.
  if (!honorific) {
    for (let at = start; at < to - 1; at++) {
      // Most words hold no hyphen, which the pattern needs: looked for before the pattern runs.
      const word = tokens[at]?.text ?? "";
      if (!word.includes("-") || !PARTICIPLE_COMPOUND.test(word)) continue;
      if (at === start) return undefined;
      const text = joinKeepingPossessive(tokens, start, at + 1);
      return placeMention(spanOf(tokens, start, at + 1, text));
    }
  }
  // "the Peace and Security Council": conjuncts joined by "and" before the body's keyword.
  const joined = honorific ? undefined : coordinatedBodyEnd(tokens, start, to);
  if (joined !== undefined) return classifyRun(tokens, start, joined, honorific);
  // "Central American Bank for Economic Integration": a demonym inside a body's name.
  if (!honorific) {
    let longer = to;
    while (tokens[longer]?.capitalized === true && !tokens[longer - 1]?.possessive) longer++;
    if (longer > to && ORG_KEYWORDS.has(tokens[longer - 1]?.text ?? ""))
      return classifyRun(tokens, start, longer, honorific);
  }
  const run = classifyRun(tokens, start, to, honorific);
  // "Water Resources Minister Aoun…": a trade word is a portfolio's before a minister.
  if (run.kind !== "name" && !(run.kind === "org" && tradePortfolio(tokens, to))) return run;
  const titleEnd = honorific ? undefined : portfolioBeforeHead(tokens, to, RUN_TITLE_HEADS);
  return titleEnd === undefined ? run : classifyRun(tokens, start, titleEnd, honorific);
}

/** Heads of a government's titles, whose portfolio a firm's trade word may name. */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(["minister", "secretary", "commissioner"]);

/** "Water Resources Minister", not "Kaveh Mining Chairman": a trade before a minister. */
function tradePortfolio(tokens: readonly Token[], to: number): boolean {
  return (
    TRADE_WORDS.has(tokens[to - 1]?.text ?? "") && PORTFOLIO_HEADS.has(tokens[to]?.lower ?? "")
  );
}

/** "Xi", "Kim": a capitalised word of two or three letters. */
const SHORT_CAPITALISED = /^\p{Lu}\p{Ll}{1,2}$/u;

/**
 * "Dmitry Medvedev and To Lam", "met He Lifeng": inside a sentence, after a comma, "and" or a
 * lowercase word, a function word written with a capital and followed by another capitalised
 * word is the first word of a name (Vietnamese, Chinese, Korean names of short words).
 */
function nameLikeFunctionWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t === undefined || prev === undefined || next === undefined) return false;
  if (!t.capitalized || !SHORT_CAPITALISED.test(t.text) || ARTICLES.has(t.text)) return false;
  if (prev.text !== "," && !LOWERCASE.test(prev.text)) return false;
  return next.capitalized && !next.punct && !FUNCTION_WORDS.has(next.lower);
}

const ARTICLES: ReadonlySet<string> = new Set(["The", "A", "An", "I", "Mr", "Ms", "Dr", "Sir"]);

/**
 * "Maldivian President Mohamed Muizzu": a capitalised word before a title that the gazetteer
 * lacks, read as a demonym when it is the start of a country's name ("Maldiv-" of Maldives).
 */
export function unknownDemonym(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "the Ecuadorian leader": after an article the role may be written in lowercase.
  const described = /^(?:the|a|an|its|their|his|her)$/i.test(tokens[i - 1]?.text ?? "");
  if (
    t === undefined ||
    next === undefined ||
    (!next.capitalized && !described) ||
    !mayStartLowerTitle(next.lower)
  )
    return undefined;
  const words = packedMap(tokens.slice(i + 1, i + 5), (x) => x.lower);
  if (matchTitleWords(words) === undefined) return undefined;
  // "Republican Senator Rick Scott": a party's word is no state's, whatever state it starts like.
  if (THING_KEYWORDS.has(t.text)) return undefined;
  const iso3 = countryByStem(t.text);
  if (iso3 === undefined) return undefined;
  return countryMention(iso3, "demonym", spanOf(tokens, i, i + 1, t.text));
}

/** Given names written abbreviated with a stop: "Ma." (María). */
const GIVEN_NAME_ABBREVIATION = /^Ma$/;

/** What may follow a date word that is a date: "Friday morning", "May 5", "Friday, March 3". */
const DATE_FOLLOWER = /^(?:\d.*|,|morning|afternoon|evening|night|last|next|this)$/i;

/**
 * "Prime Minister Theresa May said", "Prime Minister Godwin Friday of…": after a title, a month
 * or weekday right after the given name, with no date going on after it, is the surname.
 */
function dateWordSurname(tokens: readonly Token[], at: number, start: number): boolean {
  const t = tokens[at];
  return (
    at === start + 1 &&
    t?.capitalized === true &&
    DATE_WORDS.has(t.lower) &&
    tokens[start]?.capitalized === true &&
    !DATE_FOLLOWER.test(tokens[at + 1]?.text ?? "")
  );
}

/** "bin-Salman", "de-Gaulle": a name particle joined to a name by a hyphen. */
const PARTICLE_HYPHEN_NAME = /^(al|el|bin|ibn|da|de|van|von|di|du|le|la)-\p{Lu}/u;

export function continuesRun(tokens: readonly Token[], at: number, start: number): boolean {
  const t = tokens[at];
  if (t === undefined) return false;
  // "Ma. Theresa Lazaro": the stop of an abbreviated given name that opens the run.
  if (t.punct)
    return (
      t.text === "." &&
      at === start + 1 &&
      GIVEN_NAME_ABBREVIATION.test(tokens[start]?.text ?? "") &&
      tokens[at + 1]?.capitalized === true
    );
  // "the opposition People's Party": a collective owner does not end a body's name.
  const owner = tokens[at - 1];
  if (at > start && owner?.possessive && !COLLECTIVE_OWNERS.test(owner.text)) return false;
  if (t.capitalized) {
    if (at === start) return true;
    const lower = t.lower;
    return (
      // "Reserve Bank Governor Lesetja Kganyago": the role ends the body's name and starts the title.
      !(RUN_TITLE_HEADS.has(lower) && tokens[at + 1]?.capitalized === true) &&
      !courtMember(tokens, at) &&
      !rankedTitle(tokens, at) &&
      !DATE_WORDS.has(lower) &&
      (!FUNCTION_WORDS.has(lower) || NAME_ADVERBS.has(lower)) &&
      lookupCountryForm(t.text) === undefined
    );
  }
  if (at > start && PARTICLE_HYPHEN_NAME.test(t.text)) return true;
  if (at === start && ARTICLE_HYPHEN_NAME.test(t.text)) return true;
  if (at === start || !NAME_PARTICLES.has(t.text)) return false;
  let next = at + 1;
  while (tokens[next] !== undefined && NAME_PARTICLES.has(tokens[next]?.text ?? "")) next++;
  return tokens[next]?.capitalized === true;
}

/**
 * "Supreme Court Justice Sonia Sotomayor", "High Court Judge Mary Wanjiru": a court's member
 * titled after its name, before their own; the court's name ends there.
 */
function courtMember(tokens: readonly Token[], at: number): boolean {
  return (
    /^(?:justice|judge)$/.test(tokens[at]?.lower ?? "") &&
    tokens[at - 1]?.lower === "court" &&
    tokens[at + 1]?.capitalized === true &&
    !BODY_AFTER_JUSTICE.test(tokens[at + 1]?.lower ?? "")
  );
}

/**
 * "Supreme Court Chief Justice Ana Ruiz", "Federal Reserve Vice Chair Lisa Cook": a rank word,
 * a title's head, then a name — the body's name ends before the rank.
 */
function rankedTitle(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at + 1];
  return (
    TITLE_RANKS.has(tokens[at]?.lower ?? "") &&
    head?.capitalized === true &&
    (RUN_TITLE_HEADS.has(head.lower) || RANKED_HEADS.has(head.lower)) &&
    tokens[at + 2]?.capitalized === true &&
    !tokens[at + 2]?.punct &&
    !BODY_AFTER_JUSTICE.test(tokens[at + 2]?.lower ?? "")
  );
}

/** Words that rank a title's head: "Chief Justice", "Vice Chair", "Deputy Governor". */
const TITLE_RANKS: ReadonlySet<string> = new Set(["chief", "vice", "deputy", "senior"]);

/** Heads a rank word opens, besides RUN_TITLE_HEADS': "Chief Justice", "Vice Chair". */
const RANKED_HEADS: ReadonlySet<string> = new Set(["justice", "judge", "chair"]);

/** "the Court Justice Department", "Court Justice Project": a body's head after the word. */
const BODY_AFTER_JUSTICE =
  /^(?:department|ministry|office|party|council|commission|committee|alliance|coalition|movement|network|institute|foundation|centre|center|project|campaign|league|union|front)$/;

/**
 * "Peace Now", "Climate Justice Now", "Kenya Today": an adverb of time capitalised inside a run
 * ends a body's or a paper's name; no person's name ends so.
 */
const NAME_ADVERBS: ReadonlySet<string> = new Set(["now", "today"]);

/** "NATO", "M23", "U.S.": a word of capitals, digits and stops. */
const CAPITALS_WORD = /^[\p{Lu}\d.&-]{2,}$/u;

export function classifyRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  honorific: boolean,
): Mention {
  const words = packedMap(tokens.slice(from, to), (t) => t.text);
  const text = joinKeepingPossessive(tokens, from, to);
  const span = spanOf(tokens, from, to, text);
  const last = words.at(-1) ?? "";
  if (!honorific && RUN_TITLE_HEADS.has(last.toLowerCase()) && words.length > 1) {
    return titleMention(
      {
        role: text,
        country: undefined,
        org: undefined,
        definite: false,
        plural: false,
        count: undefined,
      },
      span,
    );
  }
  // "the rights group Fortify Rights", "the energy company Masdar", "the oil company NIS": a name
  // (an acronym too) after a kind of body; not after its possessive ("the World Bank's Ajay
  // Banga", "the company's Maria Lund"), which owns what follows, often its people.
  const kind = tokens[from - 1];
  const descriptor =
    !honorific && kind?.possessive !== true && ORG_DESCRIPTORS.has(kind?.lower ?? "");
  if (!honorific && words.every((w) => CAPITALS_WORD.test(w)))
    return descriptor ? orgMention(patternOrg(text, undefined), span) : placeMention(span);
  // "House of Representatives", "House of Commons": a house of a parliament, not a building
  // ("State House", "Lancaster House").
  const chamber = last === "House" && tokens[to]?.text === "of";
  // "the Coordinadora de Pueblos del Sur", "the Parti des Travailleurs": a Romance head first.
  if (!honorific && ROMANCE_BODY_HEADS.has(words[0] ?? "")) {
    const end = bodyNameEnd(tokens, to);
    const full = joinKeepingPossessive(tokens, from, end);
    if (end > to || words.length > 1)
      return orgMention(patternOrg(full, undefined), spanOf(tokens, from, end, full));
  }
  // "Mining accounts for…": a trade names a firm only after the firm's own name.
  const trade = words.length === 1 && TRADE_WORDS.has(last);
  if (
    !honorific &&
    (ORG_KEYWORDS.has(last) || chamber) &&
    !trade &&
    !keywordAsModifier(tokens, from, to)
  ) {
    // "Ministry of Commerce", "Bank of England": the body's name goes on after "of".
    // "the Network of Women in Mining": the name goes on through its small words.
    const end = bodyNameEnd(tokens, to);
    const full = joinKeepingPossessive(tokens, from, end);
    // "the Union of Teachers of Mali": a state after the name's own "of" phrase owns it too.
    const of = countryOfBody(tokens, words, end);
    if (of !== undefined) {
      const ofEnd = bodyNameEnd(tokens, of.to);
      const named = joinKeepingPossessive(tokens, from, ofEnd);
      const org = { ...patternOrg(named, of.iso3), country: of.iso3 };
      return orgMention(org, spanOf(tokens, from, ofEnd, named));
    }
    return orgMention(patternOrg(full, undefined), spanOf(tokens, from, end, full));
  }
  // "State House said…": a seat of government speaking is the office there.
  if (!honorific && seatSpeaks(tokens, from, to))
    return orgMention(patternOrg(text, undefined), span);
  if (
    !honorific &&
    ((PLACE_KEYWORDS.has(last) && !surnamedPerson(tokens, from, to)) ||
      words.some((w, k) => isRegionWord(words, k)))
  ) {
    return placeMention(span);
  }
  if (!honorific && THING_KEYWORDS.has(last)) return placeMention(span);
  if (
    descriptor ||
    (words.length > 1 && NAME_ADVERBS.has(last.toLowerCase())) ||
    (!honorific && acronymFirm(words))
  )
    return orgMention(patternOrg(text, undefined), span);
  return nameMention(words, honorific, span);
}

/**
 * What a firm sells, when it follows the firm's initials: "KEPCO Power", "TCS Data", "BYD Solar".
 * Alone some are surnames ("Samantha Power"), but no person's name opens with an acronym and
 * ends in one of these.
 */
const FIRM_PRODUCTS: ReadonlySet<string> = new Set([
  "Power",
  "Data",
  "Solar",
  "Wind",
  "Oil",
  "Gas",
  "Electric",
  "Digital",
  "Tech",
  "Steel",
]);

/** "ACME Power", "XYZ Data": initials, then the product; not "JD Vance" nor "KP Sharma Oli". */
function acronymFirm(words: readonly string[]): boolean {
  return (
    words.length === 2 &&
    CAPITALS_WORD.test(words[0] ?? "") &&
    /\p{Lu}{2}/u.test(words[0] ?? "") &&
    FIRM_PRODUCTS.has(words[1] ?? "")
  );
}

/**
 * "Press conference", "Press secretary Karoline Leavitt": a body's keyword alone, capitalised
 * only because it opens the sentence or a heading, before a noun it qualifies, names no body
 * ("Police are…", "Parliament approved…" still do).
 */
function keywordAsModifier(tokens: readonly Token[], from: number, to: number): boolean {
  if (to !== from + 1 || (from > 0 && tokens[from - 1]?.punct !== true)) return false;
  const next = tokens[to];
  if (next === undefined || next.punct || next.capitalized || next.possessive) return false;
  const word = next.text;
  return LOWERCASE.test(word) && !FUNCTION_WORDS.has(word) && !NOT_A_NOUN_END.test(word);
}

/** Endings of a verb or an adverb ("approved", "says", "quickly") rather than a noun qualified. */
const NOT_A_NOUN_END = /(?:ed|s|ly)$/;

/**
 * "Law Society of Kenya", "Export-Import Bank of Korea": a body that is not a state's own office
 * takes the country after "of" into its name, and belongs to that country; after a demonym, the
 * words it qualifies too ("Federation of Kenyan Employers").
 */
function countryOfBody(
  tokens: readonly Token[],
  words: readonly string[],
  at: number,
): { to: number; iso3: string } | undefined {
  if (tokens[at]?.text !== "of" || words.some((w) => STATE_OFFICES.has(w))) return undefined;
  const from = tokens[at + 1]?.text === "the" ? at + 2 : at + 1;
  const country = matchForm(tokens, from, "country");
  if (country?.kind !== "country" || country.possessive) return undefined;
  const to = country.form === "demonym" ? demonymBodyTail(tokens, country.to) : country.to;
  return { to, iso3: country.iso3 };
}

const STATE_OFFICES: ReadonlySet<string> = new Set([
  "Ministry",
  "Department",
  "Office",
  "Government",
  "Cabinet",
  "Army",
  "Navy",
  "Police",
  "Embassy",
  "Forces",
  "Parliament",
  "Senate",
  "Assembly",
  "President",
]);

/** "Christian" opens a region's name ("Christian world") but also a person's ("Christian Schmidt"). */
const GIVEN_NAMES_TOO: ReadonlySet<string> = new Set(["Christian"]);

function isRegionWord(words: readonly string[], k: number): boolean {
  const w = words[k] ?? "";
  if (!REGION_WORDS.has(w)) return false;
  const next = words[k + 1];
  const personal =
    GIVEN_NAMES_TOO.has(w) &&
    k === 0 &&
    words.length === 2 &&
    next !== undefined &&
    !REGION_WORDS.has(next) &&
    !PLACE_KEYWORDS.has(next);
  return !personal;
}
