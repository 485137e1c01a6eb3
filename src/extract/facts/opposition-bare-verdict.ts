import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { JUDGED } from "./opposition-verbs.ts";
import { whatOf, type OppositionTarget } from "./opposition-target.ts";
import { quoteJudges } from "./opposition-valence.ts";
import { actorsBetween } from "./clause.ts";
import { referent } from "./opposition-trailing-speaker.ts";

/**
 * '"Unacceptable," said the chairperson of the Commission, Mahmoud Ali Youssouf', '"Outrageous
 * and reckless," the minister said': a quotation that is nothing but a verdict, with its speaker
 * after it. The first group is the verdict; the speaker is the second group, after the verb, or
 * the third, before it.
 */
const BARE_VERDICT =
  /^["“]((?:\p{L}+ly\s+)?\p{L}[\p{L}-]*(?:(?:\s*,\s*|\s+and\s+)(?:\p{L}+ly\s+)?\p{L}[\p{L}-]*){0,2})[.!,]*["”]\s*,?\s+(?:(?:said|says|added|wrote)\s+((?:[\p{L}\d'’.-]+,?\s+){0,9}[\p{L}\d'’.-]+)|((?:[\p{L}\d'’.-]+\s+){1,7}?)(?:said|says|added|wrote)\b)/u;

/** Cheap test: a sentence that opens with a short quotation closed by a comma or a stop. */
export const BARE_VERDICT_HINT = /^["“][\p{L}\s,-]{3,60}[.!,]["”]/u;

const HAND = new RegExp(String.raw`^(?:\p{L}+ly\s+)?${JUDGED}\b`, "iu");

/**
 * The speaker's stance against what the article last opposed (`previous`), when the sentence is
 * a bare verdict and its speaker a named party — not against the speaker or the speaker's own
 * state ('Peru criticised Chile. "Outrageous," said Chilean Foreign Minister Ana Torres.').
 */
export function bareVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
  previous: OppositionTarget | undefined,
): OppositionMention[] {
  if (previous === undefined) return [];
  const m = BARE_VERDICT.exec(text);
  if (m === null) return [];
  const speaker = m[2] ?? m[3] ?? "";
  const from = start + m[0].lastIndexOf(speaker);
  const named = actorsBetween(parties, from, from + speaker.length).filter(
    (a) => !a.possessive && !a.place,
  );
  const holder = named.find((a) => a.label === "Person") ?? named[0];
  if (holder === undefined) return [];
  const it = referent(previous, holder);
  if (it === undefined || !quoteJudges(m[1] ?? "", HAND, it)) return [];
  return [{ holder, target: it, what: whatOf(it), verb: "said", at: from }];
}
