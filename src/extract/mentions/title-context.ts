import type { Token } from "../text/tokenize.ts";
import type { Mention, TitleMention } from "./mention.ts";
import { packedMap } from "../text/packed-map.ts";
import { LOWERCASE_FIRST } from "../text/char-classes.ts";
import { AGE } from "./match-title.ts";

/** "a Danish official" is someone new, never a person already named: only these refer back. */
const ARTICLES = new Set(["the", "two", "both", "three", "four", "five", "each"]);

/** A standing between "the" and a demonym: "the former Mozambican president" still refers back. */
const STANDING = new Set([
  "former",
  "outgoing",
  "incoming",
  "new",
  "late",
  "ousted",
  "deposed",
  "exiled",
  "veteran",
  "acting",
  "interim",
  "sitting",
  "current",
]);

/**
 * Completes each title with what its neighbours say: the country before it ("US President",
 * "China's foreign minister") or after it ("President of China"), the body it speaks for
 * ("State Department spokesperson"), and whether it is a description standing for a person
 * ("the Chinese president") rather than a title in front of a name.
 */
export function attachTitleContext(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Mention[] {
  return packedMap(mentions, (m, index) =>
    m.kind === "title" ? withContext(tokens, mentions, index, m) : m,
  );
}

function withContext(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: number,
  title: TitleMention,
): TitleMention {
  const prev = mentions[index - 1];
  const next = mentions[index + 1];
  const prevAdjacent = prev !== undefined && prev.to === title.from ? prev : undefined;
  const ofNext = next !== undefined && isOfPhrase(tokens, title.to, next.from) ? next : undefined;
  const country =
    (prevAdjacent?.kind === "country" ? prevAdjacent.iso3 : undefined) ??
    (ofNext?.kind === "country" ? ofNext.iso3 : undefined) ??
    (prevAdjacent?.kind === "org" ? prevAdjacent.org.country : undefined) ??
    (ofNext?.kind === "org" ? ofNext.org.country : undefined);
  const org =
    prevAdjacent?.kind === "org"
      ? prevAdjacent.org
      : ofNext?.kind === "org"
        ? ofNext.org
        : undefined;
  let leftEdge = prevAdjacent?.from ?? title.from;
  // "the former Mozambican president", "the outgoing Chilean president": past the standing.
  if (prevAdjacent?.kind === "country" && STANDING.has(tokens[leftEdge - 1]?.text ?? ""))
    leftEdge--;
  // "the 85-year-old president": an age says nothing new of the one meant.
  if (AGE.test(tokens[leftEdge - 1]?.lower ?? "")) leftEdge--;
  const article = tokens[leftEdge - 1]?.lower ?? "";
  const followedByName =
    (next !== undefined && next.from === title.to) || namedInApposition(tokens, mentions, title);
  return {
    ...title,
    country,
    org,
    definite:
      (ARTICLES.has(article) || describedBy(article, prevAdjacent, title)) && !followedByName,
    plural: title.plural || ["two", "both", "three", "four", "five", "each"].includes(article),
  };
}

/**
 * "his Brazilian counterpart", "Brazil's president": a possessive pronoun before a counterpart,
 * or a possessive country before a lowercase role, describes someone as "the" does.
 */
function describedBy(article: string, prev: Mention | undefined, title: TitleMention): boolean {
  if (/^(?:his|her|their)$/.test(article)) return /counterpart/i.test(title.text);
  return prev?.kind === "country" && prev.possessive && LOWERCASE_FIRST.test(title.text);
}

/** True when tokens [from, to) are "of", "for", "of the" or "for the". */
function isOfPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  // Read in place: the sliced copy was empty for most titles, an array of another kind that
  // kept sending this to V8's compiler again.
  const length = Math.min(to, tokens.length) - from;
  if (length !== 1 && length !== 2) return false;
  const first = tokens[from]?.lower;
  if (first !== "of" && first !== "for") return false;
  return length === 1 || tokens[from + 1]?.lower === "the";
}

/** "the Speaker of the U.S. House of Representatives, Mike Johnson": the title names who follows. */
function namedInApposition(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  title: TitleMention,
): boolean {
  let at = title.to;
  while (at < tokens.length && at - title.to < 10 && tokens[at]?.text !== ",") at++;
  if (tokens[at]?.text !== "," || (at > title.to && tokens[title.to]?.text !== "of")) return false;
  const between = tokens.slice(title.to + 1, at);
  if (!between.every((t) => t.capitalized || /^(?:of|the|and|\.)$/.test(t.text))) return false;
  return mentions.some((m) => m.kind === "name" && m.from === at + 1);
}
