import type { NameMention, TitleMention } from "../mentions/mention.ts";
import { NAME_PARTICLES } from "../gazetteer/words.ts";
import { slugify } from "../text/slug.ts";
import { mentionId, type AnalyzedSentence } from "./analyzed-sentence.ts";
import { findPersonCue, type PersonCue } from "./person-cues.ts";
import { inferCountriesAndTitles } from "./infer-countries.ts";
import { mayStartLowerTitle } from "../gazetteer/title-index.ts";
import { cannotBePerson } from "./person-vetoes.ts";
import { keepNameOpeningTitles } from "./given-name-title.ts";
import { cuedNameForms, knownPerson } from "./known-in-article.ts";
import { cueEchoedSurnames } from "./surname-echo.ts";
import { ALL_CAPITALS } from "../text/char-classes.ts";
import { cueLearnedNames, type NameDecision } from "../learn/person-names.ts";

export interface PersonRecord {
  key: string;
  name: string;
  words: string[];
  aliases: Set<string>;
  title: string | undefined;
  /** A rank or style written before the name besides the office ("Prince"), see PersonCue. */
  rank: string | undefined;
  country: string | undefined;
  /** Position of the first mention: sentence index * 1000 + mention index. */
  firstSeen: number;
}

export interface PeopleResolution {
  readonly people: ReadonlyMap<string, PersonRecord>;
  /** mentionId → person key, for names and for titles that stand for a person. */
  readonly byMention: ReadonlyMap<string, string>;
}

export interface Candidate {
  readonly id: string;
  /** The indices `id` is made of, kept as numbers: the rules ask for them often. */
  readonly sentence: number;
  readonly mention: number;
  readonly position: number;
  readonly name: NameMention;
  readonly cue: PersonCue | undefined;
}

/**
 * Decides which names are people, merges their forms, and maps every mention to a person. The
 * rules cue names; a learned decision (`decide`, the committed model unless given) takes up the
 * names they leave uncued.
 */
export function resolvePeople(
  sentences: readonly AnalyzedSentence[],
  decide?: NameDecision,
): PeopleResolution {
  const candidates = cueLearnedNames(sentences, collectNames(sentences), decide);
  const people = new Map<string, PersonRecord>();
  // Longest names first: "Al Zayani" after "Abdullatif bin Rashid Al Zayani" is the same person.
  const multi = candidates
    .filter((c) => c.cue !== undefined && c.name.words.length > 1)
    .sort((a, b) => b.name.words.length - a.name.words.length || a.position - b.position);
  for (const c of multi) {
    const longer = findByWords(people, c.name.words);
    if (longer !== undefined && longer.words.length > c.name.words.length) continue;
    addPerson(people, c);
  }
  for (const c of candidates.filter((c) => c.cue !== undefined && c.name.words.length === 1)) {
    if (findByWords(people, c.name.words) !== undefined) continue;
    // "Donald Trump's early departure… Trump said": the full name, though uncued, is the person's.
    const full = candidates.find(
      (f) =>
        f.name.words.length > 1 &&
        f.name.words.includes(c.name.words[0] ?? "") &&
        f.position < c.position,
    );
    if (full === undefined && loneWordUnproven(candidates, c)) continue;
    addPerson(people, full ?? c);
  }
  const byMention = new Map<string, string>();
  for (const c of candidates) {
    const person = findByWords(people, c.name.words);
    if (person === undefined) continue;
    byMention.set(c.id, person.key);
    if (c.name.text !== person.name) person.aliases.add(c.name.text);
    enrich(person, c.cue);
    if (c.cue?.title !== undefined) byMention.set(titleId(sentences, c), person.key);
  }
  inferCountriesAndTitles(sentences, candidates, people, byMention);
  return { people, byMention };
}

/** The names of an article with the cues the rules find for them. */
export function collectNames(sentences: readonly AnalyzedSentence[]): Candidate[] {
  const raw = keepNameOpeningTitles(sentences, collectRawNames(sentences));
  const known = wordsSeenInside(sentences);
  return shareCuesInLists(
    sentences,
    cueEchoedSurnames(
      sentences,
      raw.map((c) => (isDoubtful(c, known) ? { ...c, cue: undefined } : c)),
    ),
  );
}

/** "McCarthy", "iPhone": a capital right after a lowercase letter. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * "Protesters said", "TikTok said": a single word that only a verb marks as a person is doubted
 * when it starts its sentence and is never capitalised elsewhere, or is written like a brand.
 */
function isDoubtful(c: Candidate, seenInside: ReadonlySet<string>): boolean {
  if (c.cue?.weak !== true || c.name.words.length !== 1) return false;
  const word = c.name.words[0] ?? "";
  if (INNER_CAPITAL.test(word) || ALL_CAPITALS.test(word)) return true;
  return c.name.from === 0 && !seenInside.has(word);
}

/**
 * "Gazprom says", "led by BlackRock", "Tiraspol had asked": a lone word that no full name in the
 * article contains is a person only when a title, an honorific or its country says so somewhere
 * ("Foreign Minister Sugiono", "Emperor Naruhito"); a verb after it is not enough, for news
 * introduces a person by full name or title.
 */
function loneWordUnproven(candidates: readonly Candidate[], c: Candidate): boolean {
  const word = c.name.words[0];
  return !candidates.some(
    (o) =>
      o.name.words.length === 1 &&
      o.name.words[0] === word &&
      (o.cue?.title !== undefined || o.cue?.country !== undefined || o.name.honorific),
  );
}

/** What may open a sentence within a sentence: a quotation or a bracket. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "“", "‘", "("]);

/** Capitalised words seen anywhere but at the start of a sentence. */
function wordsSeenInside(sentences: readonly AnalyzedSentence[]): Set<string> {
  const seen = new Set<string>();
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.capitalized && !OPENING_MARKS.has(tokens[i - 1]!.text)) seen.add(t.text);
    }
  }
  return seen;
}

/** Prepositions that open a place, never a person: "in", "on", "at", "near". */
const PLACE_PREPOSITION = /^(?:in|on|at|near|into|across|outside|inside|throughout)$/i;

/** "Rishi Sunak and Emmanuel Macron announced": a full name listed with a person is a person. */
function shareCuesInLists(
  sentences: readonly AnalyzedSentence[],
  candidates: Candidate[],
): Candidate[] {
  const out = [...candidates];
  const forms = cuedNameForms(candidates);
  for (let pass = 0; pass < 2; pass++) {
    out.forEach((c, i) => {
      if (c.cue !== undefined) return;
      const tokens0 = sentences[sentenceIndexOf(c)]?.tokens ?? [];
      // "CIA director William Burns and Mossad chief David Barnea": a word before a title is a body.
      if (mayStartLowerTitle(tokens0[c.name.to]?.lower ?? "")) return;
      // "the Speaker of the House of Representatives, Mike Johnson": a name after "of" is a body's.
      if (tokens0[c.name.from - 1]?.text === "of") return;
      // "Back in Rukn al-Din, Abu Samer said", "on Praslin and La Digue": after a preposition of
      // place, a name listed with a person is where they are.
      if (PLACE_PREPOSITION.test(tokens0[c.name.from - 1]?.text ?? "")) return;
      if (cannotBePerson(tokens0, c.name)) return;
      // "a meeting between Vladimir Putin and Zelensky": a neighbour the article shows to be a
      // person elsewhere counts too, but only for a full name.
      const neighbours = [out[i - 1], out[i + 1]].filter(
        (n): n is Candidate =>
          n !== undefined &&
          sameSentence(n, c) &&
          (n.cue !== undefined || (c.name.words.length > 1 && knownPerson(n, forms))),
      );
      const tokens = sentences[sentenceIndexOf(c)]?.tokens ?? [];
      if (neighbours.some((n) => joined(tokens, n, c)))
        out[i] = { ...c, cue: { title: undefined, country: undefined } };
    });
  }
  return out;
}

/** The index of the sentence a candidate name stands in. */
export function sentenceIndexOf(c: Candidate): number {
  return c.sentence;
}

export function sameSentence(a: Candidate, b: Candidate): boolean {
  return a.sentence === b.sentence;
}

function joined(tokens: AnalyzedSentence["tokens"], a: Candidate, b: Candidate): boolean {
  const [first, second] = a.name.from < b.name.from ? [a, b] : [b, a];
  const between = tokens.slice(first.name.to, second.name.from).map((t) => t.text);
  // "Oana Țoiu and her Moldovan counterpart, Mihai Popșoi": only a person has a counterpart.
  if (/^and (?:his|her|their) (?:\S+ ){0,2}counterparts?(?: ,)?$/i.test(between.join(" ")))
    return true;
  // "met Sugiono, his foreign minister, and Airlangga Hartarto": a role set off after a person,
  // then the next of the list.
  if (
    /^, (?:his|her|their|the) (?:\p{Ll}[\p{Ll}-]* ){0,4}\p{Ll}[\p{Ll}-]* , and$/u.test(
      between.join(" "),
    )
  )
    return true;
  return between.length === 1 && (between[0] === "and" || between[0] === ",");
}

function collectRawNames(sentences: readonly AnalyzedSentence[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((s, si) =>
    s.mentions.forEach((m, mi) => {
      if (m.kind !== "name") return;
      const cue = findPersonCue(s.tokens, s.mentions, mi, m);
      out.push({
        id: mentionId(si, mi),
        sentence: si,
        mention: mi,
        position: si * 1000 + mi,
        name: m,
        cue,
      });
    }),
  );
  return out;
}

function addPerson(people: Map<string, PersonRecord>, c: Candidate): void {
  const key = `person:${slugify(c.name.text)}`;
  if (people.has(key)) return;
  people.set(key, {
    key,
    name: c.name.text,
    words: [...c.name.words],
    aliases: new Set(),
    title: undefined,
    rank: undefined,
    country: undefined,
    firstSeen: c.position,
  });
}

function enrich(person: PersonRecord, cue: PersonCue | undefined): void {
  if (cue === undefined) return;
  person.title ??= cue.title === undefined ? undefined : cleanTitle(cue.title);
  person.rank ??= cue.rank === undefined ? undefined : cleanTitle(cue.rank);
  person.country ??= cue.country;
}

function cleanTitle(title: TitleMention): string {
  return title.role.replace(/^(Former|Then|The)\s+/i, "");
}

/**
 * The person a name form refers to: the same full name, or a person whose name contains every
 * word of it ("Blinken" → "Antony Blinken"). When several share the word ("Wang" for "Wang Yi"
 * and "Wang Xiaohong"), the one introduced first, as the articles this is built for do.
 */
function findByWords(
  people: ReadonlyMap<string, PersonRecord>,
  words: readonly string[],
): PersonRecord | undefined {
  const keys = nameKeys(words);
  const exact = people.get(keys.exact);
  if (exact !== undefined) return exact;
  const significant = keys.significant;
  let best: PersonRecord | undefined;
  for (const p of people.values()) {
    const own = nameForms(p);
    if (!significant.every((w) => own.has(w))) continue;
    if (
      best === undefined ||
      rank(p, significant) < rank(best, significant) ||
      (rank(p, significant) === rank(best, significant) && p.firstSeen < best.firstSeen)
    ) {
      best = p;
    }
  }
  return best;
}

interface NameKeys {
  /** The key of the person of this very name. */
  readonly exact: string;
  /**
   * Its words but particles, slugged: "Erdogan" after "Recep Tayyip Erdoğan" is compared
   * without accents.
   */
  readonly significant: readonly string[];
}

/**
 * What findByWords looks a name up by, kept per words array: each name is looked up three
 * times, against a growing set of people, and joining and slugging its words cost more than
 * the lookups.
 */
const NAME_KEYS = new WeakMap<readonly string[], NameKeys>();

function nameKeys(words: readonly string[]): NameKeys {
  let keys = NAME_KEYS.get(words);
  if (keys === undefined) {
    keys = {
      exact: `person:${slugify(words.join(" "))}`,
      significant: words.filter((w) => !NAME_PARTICLES.has(w)).map((w) => slugify(w)),
    };
    NAME_KEYS.set(words, keys);
  }
  return keys;
}

const FORMS = new WeakMap<PersonRecord, ReadonlySet<string>>();

/** "Shaibani" for "Asaad al-Shaibani": an Arabic article joined to the surname is optional. */
function nameForms(p: PersonRecord): ReadonlySet<string> {
  let forms = FORMS.get(p);
  if (forms === undefined) {
    forms = new Set(
      p.words.flatMap((w) => [
        slugify(w),
        slugify(w.replace(/^(?:al|el|ad|as|ash|ar|an|at)-/i, "")),
      ]),
    );
    FORMS.set(p, forms);
  }
  return forms;
}

/** A surname match beats a given-name match: "Joe" rarely stands alone, "Biden" does. */
function rank(p: PersonRecord, words: readonly string[]): number {
  return words.length === 1 && slugify(p.words.at(-1) ?? "") === words[0]
    ? 0
    : words.length === 1 && slugify(p.words[0] ?? "") === words[0]
      ? 1
      : 2;
}

function titleId(sentences: readonly AnalyzedSentence[], c: Candidate): string {
  const mentions = sentences[c.sentence]?.mentions ?? [];
  const index = mentions.findIndex((m) => m === c.cue?.title);
  return mentionId(c.sentence, index);
}
