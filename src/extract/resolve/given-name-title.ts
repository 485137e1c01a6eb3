import type { Mention, NameMention, TitleMention } from "../mentions/mention.ts";
import { NAME_PARTICLES } from "../gazetteer/words.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";
import type { Candidate } from "./resolve-people.ts";

/** Titles that South Asian usage makes the first word of a given name: "Sheikh Hasina". */
const NAME_OPENING_TITLES = /^(?:Sheikh|Sheikha)$/;

/** "bin Hamad", "Al Thani", "al-Sabah": a Gulf Arab name, after which "Sheikh" is an honorific. */
const ARABIC_LINEAGE = /^(?:bin|bint|ibn|al|Al|el|El)$|^(?:al|Al|el|El)-/;

/** A monarch's style that is also a given name: "Sultan Al Jaber", "Emir Abdullahian". */
const RULER_NAMES = /^(?:Sultan|Emir|Amir)$/;

/** Offices a monarch holds: after these, "Sultan" is still the style. */
const ROYAL_OFFICES =
  /\b(?:ruler|king|queen|monarch|sovereign|head of state|leader|emir|sultan)\b/i;

/**
 * "Sheikh" is the honorific of Gulf rulers and clerics ("Sheikh Tamim bin Hamad Al Thani" →
 * tamim-bin-hamad-al-thani) but in Bangladesh and Pakistan the first word of a given name
 * ("Sheikh Hasina", "Sheikh Mujibur Rahman"). Rule: right before a name with no Arabic lineage
 * particle, that no longer name of the article contains ("Sheikh Tamim" after the full name),
 * "Sheikh" is part of the name. Likewise "Sultan" right after another office that no monarch
 * holds ("the fund's chief executive, Sultan Al-Marshad", "Industry Minister Sultan Al Jaber").
 */
export function keepNameOpeningTitles(
  sentences: readonly AnalyzedSentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  return candidates.map((c) => {
    const sentence = sentences[c.sentence];
    if (sentence === undefined) return c;
    const { tokens, mentions } = sentence;
    const mi = c.mention;
    const title = mentions[mi - 1];
    if (title?.kind !== "title" || !particlesOnly(tokens, title.to, c.name.from)) return c;
    if (NAME_OPENING_TITLES.test(title.text)) {
      if (c.name.words.some((w) => ARABIC_LINEAGE.test(w))) return c;
      const fuller = candidates.some(
        (o) =>
          o.name.words.length > c.name.words.length &&
          c.name.words.every((w) => o.name.words.includes(w)),
      );
      return fuller ? c : { ...c, name: widened(tokens, title, c.name) };
    }
    const office = RULER_NAMES.test(title.text) ? heldOffice(tokens, mentions, mi - 1) : undefined;
    // "the fund's chief executive, Sultan bin Abdulrahman Al-Marshad": the lineage word kept the
    // office from cueing the name; it cues the name widened.
    if (office !== undefined)
      return {
        ...c,
        name: widened(tokens, title, c.name),
        cue: c.cue ?? { title: office, country: office.country },
      };
    return c;
  });
}

/** Tokens [from, to) are nothing or lowercase name particles ("bin"). */
function particlesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 2) return false;
  return tokens.slice(from, to).every((t) => NAME_PARTICLES.has(t.text));
}

/**
 * "chief executive, Sultan", "Minister Sultan": an office (not a monarch's) right before — or
 * the office and the body it heads ("The chief executive of the Saudi Fund for Development,
 * Sultan Al-Marshad").
 */
function heldOffice(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
): TitleMention | undefined {
  const title = mentions[at];
  const before = mentions[at - 1];
  const office = before?.kind === "org" ? mentions[at - 2] : before;
  if (title === undefined || office?.kind !== "title" || ROYAL_OFFICES.test(office.role))
    return undefined;
  if (before !== office && office.org?.key !== (before?.kind === "org" ? before.org.key : ""))
    return undefined;
  const end = before?.to ?? office.to;
  return end === title.from || (end === title.from - 1 && tokens[end]?.text === ",")
    ? office
    : undefined;
}

function widened(tokens: readonly Token[], title: TitleMention, name: NameMention): NameMention {
  const text = joinTokens(tokens, title.from, name.to);
  const words = tokens.slice(title.from, name.to).map((t) => t.text);
  return { ...name, words, text, from: title.from, start: title.start };
}
