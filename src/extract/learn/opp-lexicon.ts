import { NEGATIVE_RATINGS } from "../facts/opposition-valence.ts";
import {
  FEELING_NOUNS,
  FEELING_VERBS,
  JUDGED,
  LOOSE_STATES_OF_MIND,
  STATES_OF_MIND,
} from "../facts/opposition-verbs.ts";
import wordnet from "../lexicon/stance-words.json" with { type: "json" };

/**
 * The words that can carry a stance against someone, each with the family it belongs to. The
 * wide candidate generator (opp-candidates.ts) looks at a sentence only if one of its words is
 * here; the family is a feature the classifier weighs.
 *
 * Stems are the beginnings of the words the opposition rules read (their verb families, the
 * accusation, protest and sanction nouns, the verdict words): "condemn" covers "condemned" and
 * "condemnation". The verdict rules' reading of AFINN-165 (NEGATIVE_RATINGS, opposition-valence.ts)
 * adds every word rated −2 or lower, "slammed", "hostile", "cruel": its rating is a feature too.
 */
export type StanceFamily =
  | "condemn"
  | "reject"
  | "accuse"
  | "measure"
  | "protest"
  | "feeling"
  | "verdict"
  | "threat"
  | "valence";

/** Stems by family: a word whose lowercase form begins with a stem belongs to its family. */
const STEMS: Readonly<
  Record<Exclude<StanceFamily, "feeling" | "verdict" | "valence">, readonly string[]>
> = {
  condemn: [
    "condemn",
    "critic",
    "denounc",
    "denunciat",
    "decried",
    "decry",
    "decries",
    "deplor",
    "slam",
    "blast",
    "lambast",
    "castigat",
    "berat",
    "assail",
    "excoriat",
    "chastis",
    "chastiz",
    "rebuk",
    "censur",
    "derid",
    "derision",
    "ridicul",
    "mock",
    "disparag",
    "mocked",
    "mocking",
    "mocks",
    "lash",
    "attack",
    "railed",
    "upbraid",
    "reprimand",
    "admonish",
    "scold",
    "fault",
  ],
  reject: [
    "reject",
    "rebuff",
    "spurn",
    "repudiat",
    "dismiss",
    "oppos",
    "objected",
    "objecting",
    "objection",
    "objects",
    "veto",
    "block",
    "disput",
    "contest",
    "challeng",
    "refus",
    "disavow",
    "boycott",
    "snub",
    "shun",
    "walkout",
  ],
  accuse: [
    "accus",
    "blam",
    "alleg",
    "interfer",
    "meddl",
    "provocat",
    "aggress",
    "violat",
    "sue",
    "sued",
    "sues",
    "suing",
    "lawsuit",
  ],
  measure: [
    "sanction",
    "embargo",
    "tariff",
    "ban",
    "bans",
    "banned",
    "banning",
    "barred",
    "prohibit",
    "blacklist",
    "expel",
    "expuls",
    "summon",
    "suspend",
    "severed",
    "severing",
    "severs",
    "retaliat",
    "reprisal",
    "countermeasure",
    "downgrad",
    "freez",
    "froze",
  ],
  protest: ["protest", "complain", "complaint", "grievanc", "demarche", "démarche"],
  threat: ["warn", "threat", "threaten", "ultimatum"],
};

/**
 * A feeling against something as the stance rules read it: a state of mind ("alarmed",
 * "furious"), its noun ("dismay", "misgivings") or a thing stirring it ("angered", "irked").
 */
const FEELING_WORD = new RegExp(
  `^(?:${STATES_OF_MIND}|${LOOSE_STATES_OF_MIND}|${FEELING_NOUNS}|${FEELING_VERBS})$`,
);

/**
 * A word the verdict rules pass on a thing by itself ("illegal", "a sham", "hypocritical",
 * "draconian"): their hand list (JUDGED in opposition-verbs.ts), read on one token. Its phrases
 * ("a slap in the face") are theirs alone.
 */
const VERDICT_WORD = new RegExp(`^${JUDGED}$`, "i");

/**
 * The stance words WordNet adds (scripts/lexicon/stance-words.ts), each with its family: the
 * verbs' forms ("chided", "pilloried", "resisting") and the nouns derived from them ("reproof",
 * "vilification"), one word each (the rules read the phrases, from the list's ruleVerbs).
 */
const WORDNET_WORDS = new Map<string, StanceFamily>();
for (const kind of [wordnet.verbs, wordnet.nouns])
  for (const [family, list] of Object.entries(kind) as [StanceFamily, string[]][])
    for (const word of list) WORDNET_WORDS.set(word, family);

/** One entry per stem, longest stems tried first by length (see familyOf). */
const BY_STEM = new Map<string, StanceFamily>();
for (const [family, stems] of Object.entries(STEMS) as [StanceFamily, readonly string[]][])
  for (const stem of stems) BY_STEM.set(stem, family);

/** The stems' lengths, longest first: a word is cut to each and looked up. */
const STEM_LENGTHS = [...new Set([...BY_STEM.keys()].map((s) => s.length))].sort((a, b) => b - a);

/**
 * Stems that would take in common words of another meaning: "sue" is also the start of
 * "suez" and "suede", "ban" of "bank" and "band". They count only as whole words.
 */
const WHOLE_ONLY = new Set(["sue", "sued", "sues", "ban", "bans", "mock"]);

export interface StanceWord {
  readonly family: StanceFamily;
  /** The AFINN-165 rating, or 0 for a stem the lexicon does not rate. */
  readonly valence: number;
  /** The stem the word was found by, or the word itself for a rated word. */
  readonly stem: string;
}

/** Each word's answer once worked out, `null` for none. */
const KNOWN = new Map<string, StanceWord | null>();
const MAX_MEMO = 50_000;

/**
 * The stance family of a lowercase word, or undefined for a word that carries none. Memoised:
 * every word of a sentence that may hold a stance is asked, and the same few thousand words
 * recur in every article, each costing a lookup per stem length and two long patterns; the cap
 * bounds memory.
 */
export function stanceWord(lower: string): StanceWord | undefined {
  const known = KNOWN.get(lower);
  if (known !== undefined) return known ?? undefined;
  if (KNOWN.size >= MAX_MEMO) KNOWN.clear();
  const word = familyOf(lower);
  KNOWN.set(lower, word ?? null);
  return word;
}

function familyOf(lower: string): StanceWord | undefined {
  const valence = NEGATIVE_RATINGS.get(lower) ?? 0;
  if (lower.length >= 3)
    for (const n of STEM_LENGTHS) {
      if (n > lower.length) continue;
      const stem = n === lower.length ? lower : lower.slice(0, n);
      const family = BY_STEM.get(stem);
      if (family === undefined || (WHOLE_ONLY.has(stem) && stem !== lower)) continue;
      return { family, valence, stem };
    }
  const listed = WORDNET_WORDS.get(lower);
  if (listed !== undefined) return { family: listed, valence, stem: lower };
  if (FEELING_WORD.test(lower)) return { family: "feeling", valence, stem: lower };
  if (VERDICT_WORD.test(lower)) return { family: "verdict", valence, stem: lower };
  return valence === 0 ? undefined : { family: "valence", valence, stem: lower };
}
