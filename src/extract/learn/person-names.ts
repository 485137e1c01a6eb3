import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Candidate } from "../resolve/resolve-people.ts";
import { LinearModel } from "./linear-model.ts";
import { placeHeaded } from "../resolve/not-a-name.ts";
import { countNameWords, personFeatures } from "./person-features.ts";
import weights from "./person-weights.json" with { type: "json" };
import given from "./person-given-names.json" with { type: "json" };

/**
 * Given names, slugged ("luis", "jin"): the Latin-script first names of @faker-js/faker's locales,
 * written by scripts/learn/given-names.ts; the package is never imported at run time.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(given.givenNames);

/** The committed model: which names the rules left without a cue are people all the same. */
export const PERSON_NAME_MODEL = new LinearModel(weights);

/** Decides one uncued name from its features; training passes its out-of-fold scores instead. */
export type NameDecision = (candidate: Candidate, features: readonly string[]) => boolean;

const byModel: NameDecision = (_, features) => PERSON_NAME_MODEL.accepts(features);

/** One name the rules left without a cue, with its features. */
export interface UncuedName {
  readonly candidate: Candidate;
  readonly features: string[];
}

/**
 * The names the model decides on: uncued full names. A lone word ("Sugiono") is a person only
 * where a title or an honorific says so somewhere in the article (resolve-people.ts), which no
 * cue the model gives can stand for; skipping them leaves a seventh of the names to score.
 */
const decided = (c: Candidate): boolean =>
  c.cue === undefined && c.name.words.length > 1 && !placeHeaded(c.name);

/**
 * The names no rule found a cue for ("Jin Liqun", "the envoy Massad Boulos" when the envoy is
 * not a known title), with the features the model reads. Features are computed for these names
 * only, from their sentence and one count of the article's name words.
 */
export function uncuedNames(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
): UncuedName[] {
  return namesWithFeatures(sentences, candidates, decided);
}

/**
 * The features of the names `which` picks. Training reads cued names too: the thousands of
 * people the rules cue teach the model what names look like and where they stand, and a feature
 * says which cue they had, so the uncued names it decides on are scored as uncued.
 */
export function namesWithFeatures(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
  which: (c: Candidate) => boolean,
  givenNames: ReadonlySet<string> = GIVEN_NAMES,
): UncuedName[] {
  const picked = candidates.filter(which);
  if (picked.length === 0) return [];
  const article = countNameWords(
    candidates.map((c) => c.name),
    sentences,
  );
  return picked.map((candidate) => {
    const s = sentences[candidate.sentence];
    const site = {
      tokens: s?.tokens ?? [],
      mentions: s?.mentions ?? [],
      index: candidate.mention,
      name: candidate.name,
      sentence: candidate.sentence,
      cue: candidate.cue,
    };
    return { candidate, features: personFeatures(site, article, givenNames) };
  });
}

/**
 * Gives a plain person cue to every uncued name the decision accepts, so the resolver takes it
 * for a person as it does a name the rules cued ("I sat down with Jin Liqun on Monday").
 */
export function cueLearnedNames(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
  decide: NameDecision = byModel,
): Candidate[] {
  const accepted = new Set<Candidate>();
  for (const u of uncuedNames(sentences, candidates))
    if (decide(u.candidate, u.features)) accepted.add(u.candidate);
  if (accepted.size === 0) return [...candidates];
  return candidates.map((c) =>
    accepted.has(c) ? { ...c, cue: { title: undefined, country: undefined } } : c,
  );
}
