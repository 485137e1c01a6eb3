import type { Token } from "../text/tokenize.ts";
import { ORG_DESCRIPTORS } from "./match-run.ts";
import type { Mention } from "./mention.ts";

/**
 * Kinds of body that head a description of one: ORG_DESCRIPTORS, and the kinds that only an
 * apposition or a following noun makes sure of ("CEMOC, the joint military staff committee").
 */
export const BODY_KINDS: ReadonlySet<string> = new Set([
  ...ORG_DESCRIPTORS,
  "committee",
  "council",
  "union",
  // "the fishers' cooperative", "a growers' guild": bodies their members make up.
  "cooperative",
  "co-operative",
  "confederation",
  "syndicate",
  "guild",
  "league",
  "junta",
  "wing",
  "arm",
  "subsidiary",
  "affiliate",
  "body",
  // "Voltra, the Chinese carmaker", "Sarn, the Serb-dominated entity", "a consultancy".
  "carmaker",
  "automaker",
  "entity",
  "consultancy",
  "depository",
  "investor",
  // Kinds a person may be too: AMBIGUOUS_KINDS says where they count.
  "miner",
  "trader",
  "developer",
]);

/**
 * Kinds of body that also name what a person does ("a coal miner", "a film producer") or a thing
 * ("the road network", "an aircraft carrier"): only an apposition to a one-word name takes them.
 */
export const AMBIGUOUS_KINDS: ReadonlySet<string> = new Set([
  "miner",
  "producer",
  "maker",
  "manufacturer",
  "operator",
  "carrier",
  "giant",
  "trader",
  "developer",
  "investor",
  "insurer",
  "lender",
  "opposition",
  "platform",
  "tank",
  "fund",
  "outlet",
  "arm",
  "wing",
  "body",
  "network",
  "newspaper",
]);

/**
 * "think tank", "wealth fund", "news outlet": an ambiguous kind whose compound leaves no doubt —
 * no person is a think tank, no thing a pension fund named like a person.
 */
const COMPOUND_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["tank", new Set(["think"])],
  ["fund", new Set(["wealth", "pension", "investment", "hedge", "sovereign", "equity"])],
  ["outlet", new Set(["news", "media"])],
  ["network", new Set(["news", "advocacy", "activist", "campaign", "rights"])],
  // "a Qatari energy investor": no person is a state's or a sector's investor.
  ["investor", new Set(["energy", "state", "sovereign", "infrastructure", "institutional"])],
]);

/** A kind at `at` that only the apposition to a one-word name may take ("a coal miner"). */
export function ambiguousKindAt(tokens: readonly Token[], at: number, kind: string): boolean {
  if (!AMBIGUOUS_KINDS.has(kind)) return false;
  return COMPOUND_KINDS.get(kind)?.has(tokens[at - 1]?.lower ?? "") !== true;
}

/** "the M23 rebels", "JNIM militants": members named after their group. */
export const MEMBERS: ReadonlySet<string> = new Set([
  "rebels",
  "militants",
  "insurgents",
  "fighters",
  "guerrillas",
  "jihadists",
  "militiamen",
]);

/** What opens a description: an article, a possessive pronoun, a number. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "two",
  "three",
  "four",
  "five",
  "both",
  "several",
]);

/** Participles that open a reduced relative after a body's kind: "a rebel group backed by…". */
export const BODY_PARTICIPLES: ReadonlySet<string> = new Set([
  "backed",
  "based",
  "led",
  "owned",
  "run",
  "controlled",
  "funded",
  "founded",
  "known",
  "linked",
  "allied",
  "aligned",
  "set",
]);

export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** Prepositions before which a description set off by a comma may be the place of a person. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "within",
  "inside",
  "at",
  "for",
  "of",
  "from",
  "to",
  "by",
  "with",
  "among",
  "across",
  "on",
  "through",
]);

/** "parties" → "party", "groups" → "group". */
export function singular(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** "AECID", "KfW", "M23": written as no person's name is. */
const ACRONYM_LIKE = /^(?:\p{Lu}[\p{Lu}\d&-]+|\p{Lu}\p{Ll}*\p{Lu}[\p{L}\d]*)$/u;

export function acronymLike(m: Mention): boolean {
  return ACRONYM_LIKE.test(m.text);
}

/** The kind a token names, if it is a lowercase noun for a kind of body. */
export function bodyKind(t: Token | undefined): string | undefined {
  // The kinds are written in lowercase: a word with a capital is none of them.
  if (t === undefined || t.possessive || t.capitalized) return undefined;
  const kind = singular(t.text);
  return BODY_KINDS.has(kind) ? kind : undefined;
}

/** Definite determiners: "a Hutu militia" tells a kind of body, "the Juwa party" names one. */
export const DEFINITE: ReadonlySet<string> = new Set(["the", "its", "their", "his", "her", "our"]);
