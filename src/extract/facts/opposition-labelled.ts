import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/**
 * "Its leader called the visit "a photo opportunity without substance"", "dismissed the offer as
 * "a bandage on a wound"": a party labels something with a quotation. The rules' word lists
 * cannot tell whether the label is a stance ("called China "a reliable friend"" is none), nor
 * whether one who says in quoted words that something was so (SAID_LABEL) takes one: both are
 * proposed for the learned decision to weigh (opp-decide.ts), with the quotation's words.
 */
const LABELLED =
  /\b(call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)|dismiss(?:es|ed|ing)|label(?:l?ed|s|l?ing)?|term(?:s|ed|ing)|dub(?:s|bed|bing))\s+(?!(?:on|for|by|off|in|up|out|back|it|them|him|her|this|that|to|as)\b)((?:[\p{L}\d'’.-]+\s+){1,7}?)(?:as\s+)?["“]([^"”]{2,160})["”]/gu;

/**
 * "Its chair said the reform was "written without a single conversation"", "said the EU had
 * "traded away human rights"": a party's quoted words on something, told as reported speech.
 */
const SAID_LABEL =
  /\b(said|says|told\s+[\p{Ll}]+|argued|insisted|complained)\s+(?:that\s+)?(?!(?:it|they|he|she|we|i|this|there)\s)((?:[\p{L}\d'’.-]+\s+){1,6}?)(?:was|were|is|are|had\s+been|has\s+been|had|has|have|would\s+be|would)\s+(?:\p{Ll}+ly\s+)?["“]([^"”]{2,160})["”]/gu;

/** A cheap test before the frame: most sentences quote no one. */
const QUOTE = /["“]/;

/** A party inside the object named with a possessive or an aim ("the case against X") is not what is labelled. */
const AIMED_AT = /\b\w+\s+(?:against|on|to|for)\s+(?:the\s+)?$/i;

/** What the frame needs of the rules: who the subject of a verb is, and what its object names. */
export interface LabelReaders {
  readonly subjectsOf: (
    text: string,
    start: number,
    at: number,
    parties: readonly Actor[],
    earlier: readonly OppositionMention[],
    verb: string,
  ) => Actor[];
  readonly targetOf: (
    text: string,
    start: number,
    verbEnd: number,
    actors: readonly Actor[],
  ) => OppositionTarget | undefined;
  readonly qualified: (text: string, index: number) => boolean;
}

/**
 * The labels of the sentence no rule took as a stance: each verb a rule already read (`own`)
 * is left to the rule. Every mention is marked `learned`.
 */
export function labelledStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  own: readonly OppositionMention[],
  read: LabelReaders,
): OppositionMention[] {
  if (!QUOTE.test(text)) return [];
  const out: OppositionMention[] = [];
  for (const m of [...text.matchAll(LABELLED), ...text.matchAll(SAID_LABEL)]) {
    const at = start + m.index;
    if (own.some((o) => o.at === at) || read.qualified(text, m.index)) continue;
    const object = (m[2] ?? "").trim();
    const objectStart = at + m[0].indexOf(m[2] ?? "");
    const named = parties.find(
      (a) =>
        a.start >= objectStart &&
        a.end <= objectStart + object.length &&
        !a.possessive &&
        !AIMED_AT.test(text.slice(objectStart - start, a.start - start)),
    );
    const target: OppositionTarget | undefined =
      named === undefined
        ? read.targetOf(
            text.slice(0, objectStart - start + object.length),
            start,
            objectStart,
            parties,
          )
        : { actor: named };
    if (target === undefined) continue;
    const verb = m[1] ?? "";
    for (const holder of read.subjectsOf(text, start, at, parties, own, verb))
      out.push({ holder, target, what: m[0], verb, at, learned: true });
  }
  return out;
}
