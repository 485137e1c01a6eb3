import { ORG_FORMS, patternOrg } from "../gazetteer/organization-index.ts";
import { FUNCTION_WORDS, ORG_KEYWORDS, PLACE_KEYWORDS } from "../gazetteer/words.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { packedMap } from "../text/packed-map.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { bodyAside, bodyReference } from "./body-references.ts";
import { type Mention, orgMention } from "./mention.ts";
import { spanOf } from "./span.ts";
import { PLURAL_HEAD } from "./body-name-connectors.ts";

/** The small words inside such a name: "Doctors for Peace", "Friends of the Lake". */
const JOINERS: ReadonlySet<string> = new Set(["of", "for", "without", "against"]);

/** Where a name opens a sentence within the sentence: after a quotation mark or a bracket. */
const OPENING: ReadonlySet<string> = new Set(['"', "“", "‘", "("]);

interface Joined {
  readonly from: number;
  readonly to: number;
  /** The first mention after the name's. */
  readonly next: number;
  /** Capitalised where any plural would be: not at the start of a sentence. */
  readonly inside: boolean;
}

/**
 * "Doctors for Peace condemned…", "a statement from Friends of the Lake", "Farmers Without
 * Borders said": a body named by a plural noun for people, a small word and a capitalised name is
 * one body, never a person, though the small word cuts the capitalised run in two. A plural
 * opening a sentence is capitalised whatever it is ("Residents of Kibera said"), so there the name
 * must show itself: a capitalised small word ("Without"), the same name inside a sentence
 * elsewhere, "the group" taking it up next, or an aside telling what it does. Two words and a
 * plural before "of" are a person's name ("Andrew Sanders of Toronto") unless owned, and after a
 * title ("Senator Bernie Sanders of Vermont") the plural is a surname.
 */
export function pluralHeadedBodies(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  let found: Map<number, Joined[]> | undefined;
  const inside = new Set<string>();
  sentences.forEach((s, si) => {
    for (let k = 0; k < s.mentions.length; k++) {
      const joined = joinedAt(s.tokens, s.mentions, k);
      if (joined === undefined) continue;
      if (joined.inside) inside.add(joinTokens(s.tokens, joined.from, joined.to));
      found ??= new Map();
      found.set(si, [...(found.get(si) ?? []), joined]);
      k = joined.next - 1;
    }
  });
  if (found === undefined) return sentences as AnalyzedSentence[];
  const byName = found;
  return packedMap(sentences, (s, si) => {
    const named = (byName.get(si) ?? []).filter(
      (j) =>
        j.inside ||
        inside.has(joinTokens(s.tokens, j.from, j.to)) ||
        shownAsBody(s.tokens, j, sentences[si + 1]?.tokens),
    );
    if (named.length === 0) return s;
    return { sentence: s.sentence, tokens: s.tokens, mentions: merge(s.tokens, s.mentions, named) };
  });
}

/** The plural-headed name opening at mention `k`, if there is one. */
function joinedAt(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): Joined | undefined {
  const m = mentions[k]!;
  if ((m.kind !== "name" && m.kind !== "place") || m.possessive) return undefined;
  if (m.kind === "name" && m.honorific) return undefined;
  // "Senator Bernie Sanders of Vermont": a title makes the plural a person's surname.
  const before = mentions[k - 1];
  if (before?.kind === "title" && before.to === m.from) return undefined;
  const joiner = tokens[m.to];
  if (joiner === undefined || !JOINERS.has(joiner.lower)) return undefined;
  if (!PLURAL_HEAD.test(tokens[m.to - 1]?.text ?? "")) return undefined;
  let to = tokens[m.to + 1]?.lower === "the" ? m.to + 2 : m.to + 1;
  const start = to;
  while (tokens[to]?.capitalized === true && !FUNCTION_WORDS.has(tokens[to]!.lower)) {
    to++;
    if (tokens[to - 1]!.possessive) break;
  }
  if (to === start) return undefined;
  let next = k + 1;
  for (; next < mentions.length && mentions[next]!.from < to; next++) {
    const inner = mentions[next]!;
    // "Members of the European Parliament", "Residents of Gaza": a known body or place after it.
    if ((inner.kind !== "name" && inner.kind !== "place" && !namedByAside(inner)) || inner.to > to)
      return undefined;
  }
  // "Ethiopian Citizens for Social Justice": a demonym right before the plural is the name's.
  const from =
    before?.kind === "country" && before.form === "demonym" && before.to === m.from
      ? before.from
      : m.from;
  const first = from === 0 || OPENING.has(tokens[from - 1]?.text ?? "");
  // "criticised by Maxine Waters of California", "Ruth Mills of the Lagos Watch group": two words
  // and "of" are a person and where they come from or work, whatever "the group" next may take
  // up; an owner before them makes them a body ("South Korea's Joint Chiefs of Staff").
  const personOf =
    m.to - m.from > 1 && joiner.text === "of" && tokens[from - 1]?.possessive !== true;
  if (personOf) return undefined;
  // "Lawyers without Borders condemned…": no plain plural goes on with "without" and a name.
  const shown = joiner.capitalized || joiner.lower === "without" || actsAfter(tokens, joiner, to);
  return { from, to, next, inside: !first || shown };
}

/**
 * "Forests without Frontiers, a conservation group,": the last words taken for a body of their
 * own by the aside after them (an unlisted name with no body's word), which the whole name is.
 */
function namedByAside(m: Mention): boolean {
  return (
    m.kind === "org" &&
    !ORG_FORMS.has(m.text) &&
    !m.text.split(" ").some((w) => ORG_KEYWORDS.has(w) || PLACE_KEYWORDS.has(w))
  );
}

/** Verbs of a body speaking or taking a stance, right after its name. */
const STANCE_AFTER: ReadonlySet<string> = new Set([
  "said",
  "says",
  "condemned",
  "criticised",
  "criticized",
  "denounced",
  "rejected",
  "urged",
  "warned",
  "accused",
  "welcomed",
  "called",
  "demanded",
  "opposed",
]);

/**
 * "Physicians for Human Rights condemned…": a plural, "for" or "against" and a name, at once
 * saying or condemning something, are a body; "Calls for Reform grew" is no body.
 */
function actsAfter(tokens: readonly Token[], joiner: Token, to: number): boolean {
  return (
    (joiner.lower === "for" || joiner.lower === "against") &&
    STANCE_AFTER.has(tokens[to]?.lower ?? "")
  );
}

/** "Friends of the Lake condemned… The group said…": the opening name taken up as a body's. */
function shownAsBody(tokens: readonly Token[], j: Joined, next: readonly Token[] | undefined) {
  return bodyAside(tokens, j.to) || (j.from === 0 && next !== undefined && bodyReference(next));
}

/** The sentence's mentions with each name's mentions made one body. */
function merge(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  named: readonly Joined[],
): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  for (const j of named) {
    while (k < mentions.length && mentions[k]!.from < j.from) out.push(mentions[k++]!);
    const text = joinTokens(tokens, j.from, j.to);
    out.push(orgMention(patternOrg(text, undefined), spanOf(tokens, j.from, j.to, text)));
    k = j.next;
  }
  while (k < mentions.length) out.push(mentions[k++]!);
  return out;
}
