import type { NameMention } from "../mentions/mention.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";
import type { Candidate } from "./resolve-people.ts";

/** Titles that South Asian usage makes the first word of a given name: "Sheikh Hasina". */
const NAME_OPENING_TITLES = /^(?:Sheikh|Sheikha)$/;

/** "bin Hamad", "Al Thani", "al-Sabah": a Gulf Arab name, after which "Sheikh" is an honorific. */
const ARABIC_LINEAGE = /^(?:bin|bint|ibn|al|Al|el|El)$|^(?:al|Al|el|El)-/;

/**
 * "Sheikh" is the honorific of Gulf rulers and clerics ("Sheikh Tamim bin Hamad Al Thani" →
 * tamim-bin-hamad-al-thani) but in Bangladesh and Pakistan the first word of a given name
 * ("Sheikh Hasina", "Sheikh Mujibur Rahman"). Rule: right before a name with no Arabic lineage
 * particle, that no longer name of the article contains ("Sheikh Tamim" after the full name),
 * "Sheikh" is part of the name.
 */
export function keepNameOpeningTitles(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  return candidates.map((c) => {
    const [si, mi] = c.id.split(":").map(Number);
    const mentions = sentences[si ?? 0]?.mentions ?? [];
    const title = mentions[(mi ?? 0) - 1];
    if (
      title?.kind !== "title" ||
      title.to !== c.name.from ||
      !NAME_OPENING_TITLES.test(title.text)
    )
      return c;
    if (c.name.words.some((w) => ARABIC_LINEAGE.test(w))) return c;
    const fuller = candidates.some(
      (o) =>
        o.name.words.length > c.name.words.length &&
        c.name.words.every((w) => o.name.words.includes(w)),
    );
    if (fuller) return c;
    const name: NameMention = {
      ...c.name,
      words: [title.text, ...c.name.words],
      text: `${title.text} ${c.name.text}`,
      from: title.from,
      start: title.start,
    };
    return { ...c, name };
  });
}
