import { isPeopleNoun } from "../lexicon/people-nouns.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { execAll } from "../text/exec-all.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { standIns } from "./meeting-bare-number.ts";

/**
 * "the Kazakh and Uzbek ministers", "the Kenyan, Ugandan and Tanzanian presidents", "the Polish
 * and Czech foreign ministers": two or more demonyms (or countries) listed after "the", then a
 * plural noun of people — one person of each country.
 */
const DEMONYM_GROUP =
  /\b[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*(?:,\s+|,?\s+and\s+)){1,4}\p{Lu}[\p{L}'’-]*\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*s)\b/gu;

/** Plural nouns of whole bodies or nations, not of one person each: "the Kazakh and Uzbek governments". */
const BODIES =
  /^(?:governments|authorities|peoples|nations|states|publics|forces|militaries|armies)$/i;

/** Cheap check: "the", a capital, then " and " somewhere after. */
const mayListDemonyms = gatedTest(/\b[Tt]he\s+\p{Lu}[^.;]*\sand\s/u);

/**
 * "Aliyev received the Kazakh and Uzbek ministers on Thursday": a plural description that lists
 * the countries of its people stands for the people of those countries named before (`recent`,
 * the latest first), one of each — if every country listed has one, none of them named in this
 * sentence. Each becomes an actor at the phrase's place.
 */
export function demonymGroup(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  recent: readonly Actor[],
): Actor[] {
  const { text, start } = s.sentence;
  if (recent.length < 2 || !mayListDemonyms(text)) return [];
  const here = new Set(actors.filter((a) => a.label === "Person").map((a) => a.key));
  const out: Actor[] = [];
  for (const m of execAll(DEMONYM_GROUP, text)) {
    if (!isPeopleNoun(m[1] ?? "") || BODIES.test(m[1] ?? "")) continue;
    const from = start + m.index;
    const to = from + m[0].length;
    const countries = [
      ...new Set(
        actors
          .filter((a) => a.label === "Country" && a.start >= from && a.end <= to)
          .map((a) => a.key.replace(/^country:/, "")),
      ),
    ];
    if (countries.length < 2) continue;
    const people = countries.map((c) => recent.find((p) => p.country === c && !here.has(p.key)));
    if (people.some((p) => p === undefined)) continue;
    out.push(...standIns(s, people as Actor[], from, to));
  }
  return out;
}
