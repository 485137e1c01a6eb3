import { mentionId, type AnalyzedSentence } from "./analyzed-sentence.ts";
import {
  sameSentence,
  sentenceIndexOf,
  type Candidate,
  type PersonRecord,
} from "./resolve-people.ts";
import { organWithoutState, stateAtTitle } from "./spokesperson-state.ts";

type People = Map<string, PersonRecord>;
type ByMention = Map<string, string>;
type Cue = NonNullable<Candidate["cue"]>;
type TitledCandidate = Candidate & { cue: Cue & { title: NonNullable<Cue["title"]> } };

/**
 * What the article implies about people it names without saying it outright: the country of an
 * official listed with a compatriot, serving a possessor, or speaking "In Hanoi"; the office of a
 * "counterpart".
 */
export function inferCountriesAndTitles(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
  people: People,
  byMention: ByMention,
): void {
  inheritCountries(sentences, candidates, people, byMention);
  inheritFromPossessors(sentences, candidates, people, byMention);
  inheritCounterpartTitles(candidates, people, byMention);
  inheritFromDatelinePhrase(sentences, candidates, people, byMention);
  inheritSpokespersonCountry(sentences, candidates, people, byMention);
}

/** A spokesperson of a government, junta, ministry or presidency: one who speaks for a state. */
const STATE_SPOKESPERSON = /spokes(?:person|man|woman)/i;
const NOT_STATE = /party|opposition|campaign|movement|rebel|coalition|group/i;
const LOCATIVE = /^(?:in|to|from|at|into|near|across|via)$/i;

/**
 * "In a statement, government spokesperson Yolande Makolo accused…" after "Kigali had made its
 * signature conditional…": a state's spokesperson with no country of their own (nor of their
 * organ's: "foreign ministry spokesperson Mao Ning") speaks for the state the sentence ties them
 * to, else the one the article was just telling of — the first state acting in the sentence
 * before, else the state the article has named most so far.
 */
function inheritSpokespersonCountry(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
  people: People,
  byMention: ByMention,
): void {
  for (const { c, person } of titledWithoutCountry(candidates, people, byMention)) {
    const title = c.cue.title;
    if (!STATE_SPOKESPERSON.test(title.role) || !organWithoutState(title.org)) continue;
    const si = sentenceIndexOf(c);
    const s = sentences[si];
    if (s === undefined || NOT_STATE.test(s.sentence.text.slice(0, title.end - s.sentence.start)))
      continue;
    person.country =
      stateAtTitle(s, title) ??
      actingState(sentences[si - 1]) ??
      mostNamedState(sentences.slice(0, si));
  }
}

/** The first state a sentence names other than as a place ("in Kigali", "to Beijing"). */
function actingState(s: AnalyzedSentence | undefined): string | undefined {
  const m = s?.mentions.find(
    (x) => x.kind === "country" && !LOCATIVE.test(s.tokens[x.from - 1]?.text ?? ""),
  );
  return m?.kind === "country" ? m.iso3 : undefined;
}

/** The state named most often in a stretch of sentences. */
function mostNamedState(sentences: readonly AnalyzedSentence[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const m of s.mentions)
      if (m.kind === "country") counts.set(m.iso3, (counts.get(m.iso3) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Officials (a title was stated) whose country is not known yet. */
function* titledWithoutCountry(
  candidates: readonly Candidate[],
  people: People,
  byMention: ByMention,
): Generator<{ c: TitledCandidate; person: PersonRecord }> {
  for (const c of candidates) {
    const person = people.get(byMention.get(c.id) ?? "");
    const cue = c.cue;
    if (person === undefined || person.country !== undefined || cue?.title === undefined) continue;
    yield { c: { ...c, cue: { ...cue, title: cue.title } }, person };
  }
}

/** "In Hanoi, foreign ministry spokeswoman Pham Thu Hang said…": the capital names the country. */
function inheritFromDatelinePhrase(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
  people: People,
  byMention: ByMention,
): void {
  for (const { c, person } of titledWithoutCountry(candidates, people, byMention)) {
    const s = sentences[sentenceIndexOf(c)];
    const first = s?.mentions[0];
    if (
      s?.tokens[0]?.text === "In" &&
      first?.kind === "country" &&
      first.form === "capital" &&
      first.from === 1
    ) {
      person.country = first.iso3;
    }
  }
}

/** "Faisal bin Farhan and his Iranian counterpart, Hossein Amir-Abdollahian": the same office. */
function inheritCounterpartTitles(
  candidates: readonly Candidate[],
  people: People,
  byMention: ByMention,
): void {
  candidates.forEach((c, i) => {
    const person = people.get(byMention.get(c.id) ?? "");
    if (person?.title?.toLowerCase() !== "counterpart") return;
    const prev = candidates[i - 1];
    const other =
      prev !== undefined && sameSentence(prev, c)
        ? people.get(byMention.get(prev.id) ?? "")
        : undefined;
    if (other?.title !== undefined && other.title.toLowerCase() !== "counterpart")
      person.title = other.title;
  });
}

/** "Tinubu's foreign minister, Yusuf Tuggar": the minister serves the possessor's country. */
function inheritFromPossessors(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
  people: People,
  byMention: ByMention,
): void {
  for (const { c, person } of titledWithoutCountry(candidates, people, byMention)) {
    const si = sentenceIndexOf(c);
    const mentions = sentences[si]?.mentions ?? [];
    const ti = mentions.indexOf(c.cue.title);
    const possessor = mentions[ti - 1];
    if (possessor?.kind !== "name" || !possessor.possessive || possessor.to !== c.cue.title.from)
      continue;
    person.country = people.get(byMention.get(mentionId(si, ti - 1)) ?? "")?.country;
  }
}

/**
 * "the Chinese Foreign Minister, Wang Yi, and the Minister of Public Security, Wang Xiaohong":
 * an official listed with a compatriot, without a country of their own, shares it.
 */
function inheritCountries(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
  people: People,
  byMention: ByMention,
): void {
  candidates.forEach((c, i) => {
    const person = people.get(byMention.get(c.id) ?? "");
    const prev = candidates[i - 1];
    if (
      person === undefined ||
      person.country !== undefined ||
      c.cue?.title === undefined ||
      c.cue.title.org !== undefined ||
      prev === undefined
    )
      return;
    if (prev.sentence !== c.sentence) return;
    const sibling = people.get(byMention.get(prev.id) ?? "");
    const tokens = sentences[c.sentence]?.tokens.slice(prev.name.to, c.name.from) ?? [];
    if (
      sibling?.country !== undefined &&
      sibling.title !== undefined &&
      tokens.some((t) => t.text === "and")
    ) {
      person.country = sibling.country;
    }
  });
}
