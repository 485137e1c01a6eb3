import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { stanceWord, type StanceWord } from "./opp-lexicon.ts";

/**
 * What the stance classifier reads of one sentence, worked out once for all its candidates: the
 * stance word of each token (most have none), where quotes open and close, and the sentence's
 * place in the article. Made only for a sentence that holds a stance word or a rule's proposal.
 */
export interface StanceSentence {
  readonly s: AnalyzedSentence;
  /** The sentence's number in the article, from 0. */
  readonly index: number;
  /** Per token: its stance word, or undefined. */
  readonly stances: readonly (StanceWord | undefined)[];
  /** Per token: whether it stands inside a quotation. */
  readonly quoted: readonly boolean[];
  readonly question: boolean;
}

/**
 * The stance words of a sentence by token, or undefined when it holds none (most sentences). A
 * word of a name is none, though its lowercase form is one: "Dick Schoof", "Rob Jetten", "Mark
 * Warner", "Berat" (AFINN rates "dick" and "rob", "warn" and "berat" are stems).
 */
export function stanceWords(s: AnalyzedSentence): (StanceWord | undefined)[] | undefined {
  let out: (StanceWord | undefined)[] | undefined;
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct || t.lower.length < 3 || isNameWord(s, i)) continue;
    const w = stanceWord(t.lower);
    if (w === undefined) continue;
    out ??= new Array<StanceWord | undefined>(tokens.length).fill(undefined);
    out[i] = w;
  }
  return out;
}

/**
 * A capitalised word inside a sentence, or one that opens it (or a quote) before another
 * capitalised word: "Sanctions were imposed" opens with a common word, "Dick Schoof said" with
 * a name.
 */
function isNameWord(s: AnalyzedSentence, i: number): boolean {
  const { tokens } = s;
  if (!tokens[i]!.capitalized) return false;
  const before = tokens[i - 1];
  const opens = before === undefined || (before.punct && OPEN_QUOTES.has(before.text));
  if (!opens) return true;
  const after = tokens[i + 1];
  return after !== undefined && !after.punct && after.capitalized;
}

const OPEN_QUOTES = new Set(["“", '"']);
const CLOSE_QUOTES = new Set(["”"]);

export function stanceSentence(
  s: AnalyzedSentence,
  index: number,
  stances: readonly (StanceWord | undefined)[],
): StanceSentence {
  const quoted: boolean[] = [];
  let inside = false;
  for (const t of s.tokens) {
    // A straight quote opens and closes in turn; curly ones say which they are.
    if (t.punct && (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text))) {
      inside = t.text === '"' ? !inside : t.text === "“";
      quoted.push(false);
      continue;
    }
    quoted.push(inside);
  }
  return { s, index, stances, quoted, question: s.sentence.text.trimEnd().endsWith("?") };
}

/** The index of the token that holds body offset `at`, or the first after it. */
export function tokenIndexAt(s: AnalyzedSentence, at: number): number {
  const { tokens } = s;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(tokens.length - 1, 0));
}
