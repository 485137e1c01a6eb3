import { patternOrg } from "../gazetteer/organization-index.ts";
import { PLACE_KEYWORDS, REGION_WORDS, THING_KEYWORDS } from "../gazetteer/words.ts";
import { findPersonCue } from "../resolve/person-cues.ts";
import { GIVEN_NAMES } from "../learn/person-names.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Token } from "../text/tokenize.ts";
import { packedMap } from "../text/packed-map.ts";
import { ALL_CAPITALS } from "../text/char-classes.ts";
import { type Mention, type NameMention, orgMention, type PlaceMention } from "./mention.ts";
import { mayBeBody } from "./defined-orgs.ts";
import { PREPOSITIONS } from "./body-kinds.ts";
import {
  bodyAside,
  bodyReference,
  closingBodySay,
  itsBodyPart,
  itsOwn,
  ownsBodyPart,
  saidItWill,
  verbAfter,
  whichAfter,
} from "./body-references.ts";

/**
 * "Coastal Defenders condemned the reclamation", "Forest Voices said… The group said": a name
 * that news writes for a body, not a person. A person is named by a given name and a surname; a
 * body often by a plural common noun ("Farmers", "Rivers", "Voices") after a modifier. Such a
 * name is taken for a body when no title, honorific or apposition makes it a person, its last
 * word never stands alone for it (as a surname does: "Summers said"), and something else says
 * it is no given name and surname: an adjective or a place word before the plural ("Coastal",
 * "Northern", "Road"), "which" or "its members" after it, or "the group", "the association"
 * taking it up in the next sentence. The plural in lowercase elsewhere, "it" next or "said its"
 * are no such sign: "Maxine Waters criticised China over its fleets in disputed waters. It said…"
 * is a person whose "its" and "it" are China's. Any name (a single word too) is a body when "the
 * group said" and the like take it up, or when it owns what only a body has ("Kivuwatch's
 * members").
 */
export function collectiveBodies(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  const bodies = findBodies(sentences);
  if (bodies.size === 0) return sentences as AnalyzedSentence[];
  return packedMap(sentences, (s) => {
    if (!s.mentions.some((m) => bodies.has(nameOf(m)))) return s;
    const mentions = packedMap(s.mentions, (m) =>
      bodies.has(nameOf(m)) ? orgMention(patternOrg(nameOf(m), undefined), m) : m,
    );
    return { sentence: s.sentence, tokens: s.tokens, mentions };
  });
}

/** What a body's name is looked up by: the words, without a final possessive. */
function nameOf(m: Mention): string {
  return m.kind === "name" ? m.words.join(" ") : m.kind === "place" ? m.text : "";
}

interface Evidence {
  /** Said to be a person somewhere: a title, an honorific, an apposition. */
  person: boolean;
  /** Taken up as a body: "the group said", "its members", "X's founder". */
  body: boolean;
  /** Something says the name is no given name and surname. */
  notGiven: boolean;
  /** "He said" opens the next sentence. */
  he: boolean;
  /** Said, did or was described by "which" somewhere: a subject, not a modifier. */
  acts: boolean;
  /** A place's name not ending in a plural for doers: only a body's evidence makes it one. */
  place: boolean;
}

function findBodies(sentences: readonly AnalyzedSentence[]): Set<string> {
  const bodies = new Set<string>();
  const candidates = findCandidates(sentences);
  if (candidates === undefined) return bodies;
  const evidence = new Map<string, Evidence>();
  const loneWords = new Set<string>();
  sentences.forEach((s, si) =>
    s.mentions.forEach((m, mi) => {
      if (m.kind === "name" && m.words.length === 1) loneWords.add(m.words[0] ?? "");
      const name = nameOf(m);
      if (!candidates.has(name)) return;
      let e = evidence.get(name);
      if (e === undefined) {
        e = {
          person: false,
          body: false,
          notGiven: false,
          he: false,
          acts: false,
          place: false,
        };
        evidence.set(name, e);
      }
      read(sentences, si, mi, e);
    }),
  );
  for (const [name, e] of evidence) {
    if (e.person) continue;
    const words = name.split(" ");
    const last = words.at(-1) ?? "";
    if (words.length > 1 && loneWords.has(last)) continue;
    if (words.length === 1 && namesWord(sentences, last)) continue;
    if (e.body) {
      bodies.add(name);
      continue;
    }
    if (!e.acts || e.he || e.place || words.length < 2 || !PLURAL_NOUN.test(last)) continue;
    if (e.notGiven || notGivenName(words[0] ?? "")) bodies.add(name);
  }
  return bodies;
}

/**
 * The names worth reading (most articles have none): a name ending in a plural, a place ending
 * in a plural for doers, or a name owning a body's part or taken up by "the group" next.
 */
function findCandidates(sentences: readonly AnalyzedSentence[]): Set<string> | undefined {
  let candidates: Set<string> | undefined;
  sentences.forEach((s, si) => {
    let takenUp: boolean | undefined;
    s.mentions.forEach((m, mi) => {
      if (!mayBeCollective(s.tokens, m, s.mentions[mi - 1])) return;
      const plural =
        m.kind === "place"
          ? agentPlace(s.tokens, m)
          : m.words.length > 1 && PLURAL_NOUN.test(m.words.at(-1)!);
      const single = m.kind === "name" && m.words.length === 1;
      if (!plural && !ownsBodyPart(s.tokens, m) && !(single && itsOwn(s.tokens, m.to))) {
        if (!isSubject(s.mentions, mi)) return;
        if (ownSaying(s.tokens, m.to)) {
          candidates ??= new Set();
          candidates.add(nameOf(m));
          return;
        }
        takenUp ??= bodyReference(sentences[si + 1]?.tokens ?? []);
        if (!takenUp && !placeAside(s.tokens, m)) return;
      }
      candidates ??= new Set();
      candidates.add(nameOf(m));
    });
  });
  return candidates;
}

/**
 * "Farmers", "Rivers", "Voices", "Futures", "Waterways": an English plural, in plain letters
 * (surnames ending so, "Jones", "Torres", are caught too, and the evidence decides; those
 * ending in -s after a vowel or an accented letter, "Kovács", "Kallas", "Harris", are not).
 */
const PLURAL_NOUN = /^[A-Z][a-z]+(?:[bdfghklmnprtw]s|[ao]ys|ies|[^aeiou]es)$/;

/** "Fishers", "Guardians", "Defenders": a plural noun for those who do something. */
const AGENT_PLURAL = /^[A-Z][a-z]+(?:ers|ors|ists|ians)$/;

/**
 * "International", "Coastal", "Rural", "Progressive", "Democratic", "Fearless": adjectives by
 * ending ("Chantal", "Crystal" end otherwise).
 */
const ADJECTIVE_END =
  /^[A-Z](?:[a-z]*(?:ional|ental|astal|ical|ural|atic|etic|ific|omic|ative|ctive|ssive|itive|ous|ful|less)|[a-z]+ern)$/;

/** A word no given name is: an adjective by its ending, a place's or a thing's kind, a region. */
function notGivenName(word: string): boolean {
  return (
    ADJECTIVE_END.test(word) ||
    PLACE_KEYWORDS.has(word) ||
    THING_KEYWORDS.has(word) ||
    REGION_WORDS.has(word)
  );
}

/**
 * A name that could be a body's: a name with no honorific, or a place whose name ends in a plural
 * for doers ("Northern Fishers", a region's word first), not a people ("Central Asians").
 */
function mayBeCollective(
  tokens: readonly Token[],
  m: Mention,
  before: Mention | undefined,
): m is NameMention | PlaceMention {
  if (m.kind === "name") return mayBeBody(m, before);
  return m.kind === "place" && m.to - m.from > 1 && !ALL_CAPITALS.test(tokens[m.from]?.text ?? "");
}

/** "Northern Fishers", not "Central Asians": a place's name ending in a plural for doers. */
function agentPlace(tokens: readonly Token[], m: PlaceMention): boolean {
  const last = tokens[m.to - 1]?.text ?? "";
  return AGENT_PLURAL.test(last) && !REGION_WORDS.has(last.slice(0, -1));
}

/**
 * Reads what the sentence of mention `mi` and the next one say of it into `e`, if the name acts
 * there: a verb follows it, or "which" ("Desert Riders, which campaigns…").
 */
function read(sentences: readonly AnalyzedSentence[], si: number, mi: number, e: Evidence): void {
  const s = sentences[si]!;
  const m = s.mentions[mi]!;
  const tokens = s.tokens;
  if (ownsBodyPart(tokens, m)) e.body = true;
  // "Kivuwatch said its researchers…": "its" is the speaker's when what it owns is a body's
  // people; "its" owning aught else is another's ("Modi said its economy…", "Helen Rivers said
  // its decision…"). One word with no title is no person's name already; a plural's is evidence.
  const single = m.kind === "name" && m.words.length === 1;
  if (itsOwn(tokens, m.to)) {
    if (single) e.body = true;
    else e.notGiven = true;
  }
  // "The Association of… Kurdistan, which represents…": the aside is the head's, not Kurdistan's.
  if (placeAside(tokens, m) && isSubject(s.mentions, mi)) e.body = true;
  const cue = m.kind === "name" ? findPersonCue(tokens, s.mentions, mi, m) : undefined;
  // "Thailand's Siam Steel said it would invest…": "it" taking up the name outweighs a state's
  // possessive before it, unless the name opens with a given name ("Japan's Taro Aso said it…").
  const itself =
    cue?.title === undefined &&
    m.kind === "name" &&
    !GIVEN_NAMES.has((m.words[0] ?? "").toLowerCase()) &&
    ownSaying(tokens, m.to);
  if (cue !== undefined && cue.weak !== true && !itself) e.person = true;
  const which = whichAfter(tokens, m.to);
  if (cue === undefined && !which && !verbAfter(tokens, m.to)) return;
  if (!isSubject(s.mentions, mi)) return;
  e.acts = true;
  if (m.kind === "place") {
    // "Sahel Monitor, which monitors…": a place's name only the body's evidence makes a body's.
    if (agentPlace(tokens, m)) e.notGiven = true;
    else e.place = true;
  }
  const next = sentences[si + 1]?.tokens;
  if (next !== undefined && bodyReference(next)) e.body = true;
  if (ownSaying(tokens, m.to)) e.body = true;
  if (m.kind === "name" && m.words.length === 1) return;
  if (which || itsBodyPart(tokens, m.to)) e.notGiven = true;
  if (next !== undefined && /^(?:he|she)$/.test(next[0]?.lower ?? "")) e.he = true;
}

/**
 * "Volkswagen said it would invest…", "Masdar will invest…, the company said": the subject is
 * taken up in its own sentence as a body, by "it" after its verb of saying or by "the company said"
 * closing the sentence.
 */
function ownSaying(tokens: readonly Token[], at: number): boolean {
  return saidItWill(tokens, at) || (verbAfter(tokens, at) && closingBodySay(tokens));
}

/**
 * "Kivuwatch, which represents miners,": an aside telling what a body does, said of a name no
 * preposition governs ("the treatment plant at Dunmore, which supplies the capital," is a place).
 */
function placeAside(tokens: readonly Token[], m: Mention): boolean {
  return bodyAside(tokens, m.to) && !PREPOSITIONS.has(tokens[m.from - 1]?.lower ?? "");
}

/** The first name, body or role of its sentence: what "the group" of the next one takes up. */
function isSubject(mentions: readonly Mention[], mi: number): boolean {
  for (let k = 0; k < mi; k++) {
    const kind = mentions[k]!.kind;
    if (kind === "name" || kind === "org" || kind === "title") return false;
  }
  return true;
}

/** A lone word that is part of a longer name, or any person's: "Soros" of "George Soros". */
function namesWord(sentences: readonly AnalyzedSentence[], word: string): boolean {
  return sentences.some((s) =>
    s.mentions.some((m) => m.kind === "name" && m.words.length > 1 && m.words.includes(word)),
  );
}
