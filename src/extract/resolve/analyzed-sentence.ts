import type { Mention } from "../mentions/mention.ts";
import type { Sentence } from "../text/split-sentences.ts";
import type { Token } from "../text/tokenize.ts";

export interface AnalyzedSentence {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

/** Identifies one mention within an article: sentence index and mention index. */
export function mentionId(sentence: number, mention: number): string {
  return `${sentence}:${mention}`;
}
