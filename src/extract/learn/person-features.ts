import type { Mention, NameMention } from "../mentions/mention.ts";
import { lookupCountryForm } from "../gazetteer/countries.ts";
import { mayStartLowerTitle } from "../gazetteer/title-index.ts";
import { PERSON_NOUNS } from "../gazetteer/titles.ts";
import {
  DATE_WORDS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  ORG_KEYWORDS,
  PLACE_KEYWORDS,
  THING_KEYWORDS,
} from "../gazetteer/words.ts";
import type { Token } from "../text/tokenize.ts";
import { foldForLookup, slugify } from "../text/slug.ts";
import type { PersonCue } from "../resolve/person-cues.ts";

/** What the article as a whole says about the words of its names: counted once per article. */
export interface ArticleNameWords {
  /** How often each word stands in a name the finder left as a name. */
  readonly inNames: ReadonlyMap<string, number>;
  /** How often each word is a name on its own ("Takaichi" after "Sanae Takaichi"). */
  readonly alone: ReadonlyMap<string, number>;
  /** Words the article also writes in lowercase ("storm" beside "Storm Ondine"), lowercased. */
  readonly lowercase: ReadonlySet<string>;
  /** How many sentences the article has. */
  readonly sentences: number;
}

/** One name the rules did not take for a person, where it stands. */
export interface NameSite {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly index: number;
  readonly name: NameMention;
  /** The position of its sentence in the article (0 = the first). */
  readonly sentence: number;
  /** What the rules found to say it is a person; none for every name the model decides on. */
  readonly cue: PersonCue | undefined;
}

const UPPER_WORD = /^\p{Lu}\p{Ll}+$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const HYPHENED = /-/;
const DOTTED_INITIAL = /^\p{Lu}\.$/u;
const NON_ASCII = /[^ -~]/;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const DIGIT = /\d/;
const SPEECH = /^(?:said|says|told|tells|added|wrote|stated|noted|argued|insisted|warned)$/;
const RELATIVE = /^(?:who|whose|whom)$/;
const ARTICLE = /^(?:the|a|an)$/;
const PREPOSITION =
  /^(?:in|at|on|of|from|to|near|into|across|with|by|for|between|under|about|against|than|via)$/;
/** Prepositions that mostly open a place: "in Santa Rosa", "near Puerto Cortés". */
const PLACE_PREPOSITION =
  /^(?:in|at|on|near|into|across|under|via|over|through|towards|around|between)$/;
/**
 * Prepositions that open a place or a person alike ("of Rio Grande do Sul", "a letter from Ana
 * Lima", "spoke to Ravi Menon"): read apart from the places, as neither.
 */
const LINK_PREPOSITION = /^(?:of|from|to)$/;
const VERB_ENDING = /^\p{Ll}+(?:ed|es|s)$/u;

/**
 * The features of one name the rules left undecided: what the name looks like, what stands
 * around it, and what the rest of the article says of its words. Training and extraction both
 * call this one function, so the model scores at run time exactly what it was fitted to.
 */
export function personFeatures(
  site: NameSite,
  article: ArticleNameWords,
  givenNames: ReadonlySet<string>,
): string[] {
  const out: string[] = [cueFeature(site.cue)];
  shapeFeatures(site.name, out);
  gazetteerFeatures(site.name, out);
  const uncued = site.cue === undefined;
  givenNameFeatures(site.name, site.tokens, uncued, givenNames, article.lowercase, out);
  contextFeatures(site, out);
  articleFeatures(site.name, article, out);
  return out;
}

/**
 * Whether the name opens with a given name ("Luis" in "Luis Caputo"), from a package's lists of
 * first names (person-given-names.json): a name word, never a whole name or a person's key. A
 * given name the article also writes in lowercase is a common word there ("Storm" beside "the
 * strongest storm"; the lists hold "Storm", "Rio", "Santa"), and is told apart as such. For a
 * name no rule cued, where it stands is read with it: uncued names are mostly places, and a
 * given name after "in" is one ("Santa Rosa"), after "expelled" a person.
 */
function givenNameFeatures(
  name: NameMention,
  tokens: readonly Token[],
  uncued: boolean,
  given: ReadonlySet<string>,
  lowercase: ReadonlySet<string>,
  out: string[],
): void {
  const word = name.words[0] ?? "";
  const first = slugify(word);
  const common = lowercase.has(word.toLowerCase()) ? ".common" : "";
  if (name.words.length === 1) {
    if (given.has(first)) out.push(`given.alone${common}`);
    return;
  }
  if (given.has(first)) out.push(`given.first${common}`);
  if (given.has(slugify(name.words.at(-1) ?? ""))) out.push("given.last");
  if (given.has(first) && common === "" && uncued)
    out.push(`uncued&given.first&prev=${placeOfName(tokens, name.from - 1)}`);
}

/**
 * Where a name stands, coarsely: after an article, after a preposition of place ("in") or one that
 * opens places and people alike ("of", "to"), at the start, in a list, after a title, after a noun
 * with its determiner ("the ruling ally"), or after another word ("expelled", "backed"). A given
 * name after "in" may open a place ("Santa Rosa", "São Paulo"); after a verb it is a person.
 */
function placeOfName(tokens: readonly Token[], at: number): string {
  const t = tokens[at];
  if (t === undefined || (t.punct && t.text !== "," && t.text !== "(")) return "start";
  if (t.text === "," || t.text === "(" || t.lower === "and" || t.lower === "or") return "list";
  if (ARTICLE.test(t.lower)) return "article";
  if (PLACE_PREPOSITION.test(t.lower)) return "place";
  if (LINK_PREPOSITION.test(t.lower)) return "link";
  if (mayStartLowerTitle(t.lower) || PERSON_NOUNS.has(t.lower)) return "title";
  if (t.capitalized) return "cap";
  return determined(tokens, at) ? "noun" : "word";
}

const DETERMINER = /^(?:the|a|an|his|her|its|their|our)$/;

/**
 * Whether the lowercase words ending at `at` follow a determiner: "the small ruling ally" names
 * what the name is, which a body may be as well as a person; "expelled" does not.
 */
function determined(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i >= 0 && i > at - 4; i--) {
    const t = tokens[i];
    if (t === undefined || t.punct || t.capitalized) return false;
    if (DETERMINER.test(t.lower)) return i < at;
  }
  return false;
}

/** Which cue the rules found: a title, a country, a plain one, one only a verb gives, or none. */
function cueFeature(cue: PersonCue | undefined): string {
  if (cue === undefined) return "cue=none";
  if (cue.title !== undefined) return "cue=title";
  if (cue.country !== undefined) return "cue=country";
  return cue.weak === true ? "cue=weak" : "cue=plain";
}

/**
 * How the name is written: "Jin Liqun" is two title-case words, "Xi" a short one, "al-Assad"
 * hyphened, "Lai Ching-te" ends in a hyphened word; suffixes ("-ov", "-ez", "-ko") and prefixes
 * of its first and last words tell name-like spellings from those of bodies and places (the
 * training script keeps only those five different words share: sharedAffixes).
 */
function shapeFeatures(name: NameMention, out: string[]): void {
  const words = name.words;
  const n = Math.min(words.length, 4);
  out.push(`n=${n}`);
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  out.push(`shape.first=${shapeOf(first)}`, `shape.last=${shapeOf(last)}`);
  out.push(`n=${n}&shape.last=${shapeOf(last)}`);
  if (words.some((w) => NAME_PARTICLES.has(w))) out.push("particle");
  if (words.some((w) => NON_ASCII.test(w))) out.push("accented");
  if (name.possessive) out.push("possessive");
  if (name.honorific) out.push("honorific");
  affixes("first", foldForLookup(first), out);
  if (words.length > 1) affixes("last", foldForLookup(last), out);
}

/** A spelling feature: "first.suf3=ova", "last.pre3=al-". */
const AFFIX = /^(?:first|last)\.(?:suf3|suf2|pre3)=/;

/**
 * Training only: the spelling features that at least `minWords` different words share. A
 * spelling of one word is that word: "first.pre3=sug" and "first.suf3=ono" came from "Sugiono"
 * alone and weighed 0.8 each, a person's name learned under another feature's name. A suffix
 * many names share ("-ov", "-ez") is a word class and stays.
 */
export function sharedAffixes(
  names: readonly { readonly features: readonly string[]; readonly name: NameMention }[],
  minWords: number,
): Set<string> {
  const words = new Map<string, Set<string>>();
  for (const { features, name } of names)
    for (const f of features) {
      if (!AFFIX.test(f)) continue;
      const word = foldForLookup(
        (f.startsWith("first.") ? name.words[0] : name.words.at(-1)) ?? "",
      );
      const seen = words.get(f) ?? new Set<string>();
      seen.add(word);
      words.set(f, seen);
    }
  return new Set([...words].filter(([, w]) => w.size >= minWords).map(([f]) => f));
}

/** Whether a feature is a spelling one (see sharedAffixes). */
export function isAffix(feature: string): boolean {
  return AFFIX.test(feature);
}

function affixes(where: string, word: string, out: string[]): void {
  if (word.length < 4) {
    out.push(`${where}.len=${word.length}`);
    return;
  }
  out.push(`${where}.suf3=${word.slice(-3)}`, `${where}.suf2=${word.slice(-2)}`);
  out.push(`${where}.pre3=${word.slice(0, 3)}`);
}

function shapeOf(word: string): string {
  if (DOTTED_INITIAL.test(word)) return "X.";
  if (ALL_CAPS.test(word)) return "XX";
  if (DIGIT.test(word)) return "d";
  if (INNER_CAPITAL.test(word)) return HYPHENED.test(word) ? "x-X" : "xX";
  if (HYPHENED.test(word)) return "Xx-x";
  if (UPPER_WORD.test(word)) return word.length <= 3 ? "Xx.short" : "Xx";
  return "other";
}

/**
 * Whether the name's words are words of places, bodies or things the project knows: "Cabo
 * Delgado" has a place word, "Sea Rescue Aid" a body's, "Rakhine State" a region's.
 */
function gazetteerFeatures(name: NameMention, out: string[]): void {
  for (const w of name.words) {
    const lower = w.toLowerCase();
    if (ORG_KEYWORDS.has(w) || ORG_KEYWORDS.has(lower)) out.push("word.org");
    if (PLACE_KEYWORDS.has(w) || PLACE_KEYWORDS.has(lower)) out.push("word.place");
    if (THING_KEYWORDS.has(w) || THING_KEYWORDS.has(lower)) out.push("word.thing");
    if (DATE_WORDS.has(lower)) out.push("word.date");
    if (FUNCTION_WORDS.has(lower)) out.push("word.function");
    if (mayStartLowerTitle(lower)) out.push("word.title");
    if (lookupCountryForm(w) !== undefined) out.push("word.country");
  }
}

/**
 * What stands around the name: "Justice"/"Cleric" or "the World Bank's" before it, ", the economy
 * minister," or "said" after it, a preposition of place before it, the start of the sentence.
 */
function contextFeatures(site: NameSite, out: string[]): void {
  const { tokens, name, mentions, index } = site;
  const p1 = tokens[name.from - 1];
  const p2 = tokens[name.from - 2];
  const n1 = tokens[name.to];
  const n2 = tokens[name.to + 1];
  out.push(`prev=${wordClass(p1)}`, `prev2=${wordClass(p2)}&prev=${wordClass(p1)}`);
  out.push(`next=${wordClass(n1)}`, `next=${wordClass(n1)}&next2=${wordClass(n2)}`);
  out.push(`n=${Math.min(name.words.length, 3)}&next=${wordClass(n1)}`);
  out.push(`n=${Math.min(name.words.length, 3)}&prev=${wordClass(p1)}`);
  if (name.from === 0) out.push("sentence.start");
  if (site.sentence === 0) out.push("first.sentence");
  const before = mentions[index - 1];
  if (before !== undefined && before.to === name.from)
    out.push(`touching.before=${before.kind}${before.possessive ? "'s" : ""}`);
  const after = mentions[index + 1];
  if (after !== undefined && after.from === name.to) out.push(`touching.after=${after.kind}`);
  if (n1?.text === "," && after !== undefined && after.from <= name.to + 3)
    out.push(`comma.then=${after.kind}`);
  if (p1?.text === "," && before !== undefined && before.to >= name.from - 3)
    out.push(`after.comma=${before.kind}`);
  if (n1?.text === "," && n2 !== undefined && ARTICLE.test(n2.lower))
    apposition(tokens, name.to + 2, out);
  pronounAfter(site, out);
}

const PERSONAL = /^(?:his|her|him|himself|herself)$/;
const NEUTER = /^(?:its|itself)$/;

/**
 * The first possessive or object pronoun after the name, before any other name of the sentence:
 * "arrested Tendai Dube at his home" has a person's, "fined Atlas Mining for its spill" a body's.
 */
function pronounAfter(site: NameSite, out: string[]): void {
  const { tokens, mentions, index, name } = site;
  const stop = mentions.slice(index + 1).find((m) => m.kind === "name")?.from ?? tokens.length;
  for (let i = name.to; i < stop && i < name.to + PRONOUN_REACH; i++) {
    const lower = tokens[i]?.lower ?? "";
    if (PERSONAL.test(lower)) return void out.push("pronoun.after=person");
    if (NEUTER.test(lower)) return void out.push("pronoun.after=its");
  }
}

/** How far after the name a pronoun is read as its: a clause or so. */
const PRONOUN_REACH = 8;

/**
 * The words of an aside after the name that starts with "the"/"a": "Luis Caputo, the economy
 * minister," has a role in it, "Storm Ondine, the strongest storm ever," a thing.
 */
function apposition(tokens: readonly Token[], from: number, out: string[]): void {
  out.push("apposition.after");
  for (let i = from; i < tokens.length && i < from + 5; i++) {
    const t = tokens[i]!;
    if (t.punct || t.lower === "of" || t.lower === "who") break;
    out.push(`apposition.word=${wordClass(t)}`);
  }
}

/**
 * A word next to the name, as a class: punctuation, a title or person word, a speech verb, a
 * preposition; lowercase words as themselves (they are never names), capitalised ones by class.
 */
function wordClass(t: Token | undefined): string {
  if (t === undefined) return "<edge>";
  if (t.punct) return t.text === "," || t.text === "(" || t.text === ")" ? t.text : "<punct>";
  const lower = t.lower;
  if (SPEECH.test(lower)) return "<speech>";
  if (RELATIVE.test(lower)) return "<who>";
  if (mayStartLowerTitle(lower) || PERSON_NOUNS.has(lower))
    return `<title>${t.capitalized ? "C" : ""}`;
  if (t.capitalized) {
    if (FUNCTION_WORDS.has(lower) || ARTICLE.test(lower) || PREPOSITION.test(lower))
      return `${lower}.C`;
    return t.possessive ? "<Cap's>" : "<Cap>";
  }
  if (ARTICLE.test(lower) || PREPOSITION.test(lower) || FUNCTION_WORDS.has(lower)) return lower;
  if (VERB_ENDING.test(lower)) return lower.length > 12 ? "<verb>" : lower;
  return lower.length > 14 ? "<long>" : lower;
}

/** Fewer sentences than this are a short text (a brief, a caption, a test's sentence). */
const SHORT_TEXT = 3;

/**
 * What the article says of the name's words elsewhere: news names a person in full once and by
 * surname after ("Jin Liqun … Jin said"), so a last word that stands alone elsewhere is a sign.
 */
function articleFeatures(name: NameMention, article: ArticleNameWords, out: string[]): void {
  for (const w of name.words)
    if (article.lowercase.has(w.toLowerCase())) out.push("word.also.lowercase");
  // A text of a sentence or two has no room to name anyone twice: its names' counts say nothing.
  if (article.sentences < SHORT_TEXT) {
    out.push("article.short");
    return;
  }
  const last = name.words.at(-1) ?? "";
  const alone = article.alone.get(last) ?? 0;
  const seen = article.inNames.get(last) ?? 0;
  out.push(`last.alone=${Math.min(alone - (name.words.length === 1 ? 1 : 0), 3)}`);
  out.push(`last.seen=${Math.min(seen, 4)}`);
  if (name.words.length > 1) {
    const first = name.words[0] ?? "";
    out.push(`first.alone=${Math.min(article.alone.get(first) ?? 0, 2)}`);
  }
}

/** Counts the words of an article's names and its lowercase words, once for the article. */
export function countNameWords(
  names: readonly NameMention[],
  sentences: readonly { readonly tokens: readonly Token[] }[],
): ArticleNameWords {
  const lowercase = new Set<string>();
  for (const s of sentences)
    for (const t of s.tokens) if (!t.capitalized && !t.punct) lowercase.add(t.lower);
  const inNames = new Map<string, number>();
  const alone = new Map<string, number>();
  for (const name of names) {
    for (const w of name.words) inNames.set(w, (inNames.get(w) ?? 0) + 1);
    if (name.words.length === 1) {
      const w = name.words[0] ?? "";
      alone.set(w, (alone.get(w) ?? 0) + 1);
    }
  }
  return { inNames, alone, lowercase, sentences: sentences.length };
}
