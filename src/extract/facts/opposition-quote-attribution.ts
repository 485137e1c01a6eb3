import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { actorsBetween } from "./clause.ts";
import { COPULA, JUDGED, NEGATED_COPULA } from "./opposition-verbs.ts";
import {
  HEADED_WORD,
  judgedAsVerdict,
  lexicalVerdicts,
  quoteJudges,
} from "./opposition-valence.ts";
import { targetOf, whatOf, type OppositionTarget } from "./opposition-target.ts";

/**
 * A quotation that opens a sentence, closed by its attribution: '"…," said X' (the verb first)
 * or '"…," X said' (the speaker first), each with an optional "of …" after the verb naming what
 * the quotation is about. Groups: the quotation, then the speaker after the verb or before it.
 */
const QUOTE_THEN_SPEECH =
  /^["“]([^"”]{3,400})[,.!?]?["”]\s*,?\s+(?:(?:said|says|added|insisted|declared|stated|wrote)\s+((?:[\p{L}\d'’.-]+,?\s+){0,9}?[\p{L}\d'’.-]+)(?=\s*(?:[,.;:]|$|\s+(?:of|about|on|in|at|after|when|while|during)\b))|((?:[\p{L}\d'’.-]+\s+){1,7}?)(?:said|says|added|insisted|declared|stated|wrote|told\s+(?:reporters|journalists|parliament|lawmakers|\w+))\b)/u;

/** Cheap test for QUOTE_THEN_SPEECH: the sentence opens with a quotation mark. */
export const QUOTE_ATTRIBUTION_HINT = /^["“]/;

/** "…," X said of the seizure': what follows "of" or "about" right after the speech verb. */
const SAID_OF = /^\s+(?:(?:on|late|early)\s+\w+\s+)?(?:of|about)\s+/i;

/** Whether the speech verb ending at `end` names what its quotation is about ("said of …"). */
export function saidOfFollows(text: string, end: number): boolean {
  return SAID_OF.test(text.slice(end));
}

/** Within the quotation, "the tariffs are unfair": what is judged, then its verdict. */
const judgedInQuote = (verdict: string): RegExp =>
  new RegExp(String.raw`^((?:[\p{L}\d'’.-]+,?\s+){1,20}?)${COPULA}${verdict}\b`, "giu");
const IN_QUOTE = judgedInQuote(JUDGED);
const IN_QUOTE_LEXICAL = judgedInQuote(HEADED_WORD);

const HAND = new RegExp(String.raw`\b${JUDGED}\b`, "iu");

/**
 * '"This is theft," Russia's foreign minister said of the seizure', '"Pretoria's stance is
 * shameful," said the Israeli foreign minister': a quotation that passes a verdict, then its
 * speaker. The verdict is on what "of" names after the verb, else on what the quotation opens
 * with when a copula follows it ("Pretoria's stance is…"), never on "this", "it" or "we".
 */
export function quotedVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const m = QUOTE_THEN_SPEECH.exec(text);
  if (m === null) return [];
  const quote = m[1] ?? "";
  const speaker = m[2] ?? m[3] ?? "";
  const speakerStart = start + m[0].lastIndexOf(speaker);
  const named = actorsBetween(parties, speakerStart, speakerStart + speaker.length).filter(
    (a) => !a.possessive && !a.place,
  );
  const holder = named.find((a) => a.label === "Person") ?? named[0];
  if (holder === undefined) return [];
  const target =
    saidOf(text, start, m, parties) ??
    openingSubject(quote, start + 1, parties) ??
    actorAfterEvent(text, start, m, parties);
  if (target === undefined) return [];
  if ("actor" in target && target.actor.key === holder.key) return [];
  return [{ holder, target, what: whatOf(target), verb: "said", at: speakerStart }];
}

/** What "said of …" names, when the quotation holds a verdict on it. */
function saidOf(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const end = m.index + m[0].length;
  const of = SAID_OF.exec(text.slice(end));
  if (of === null) return undefined;
  const target = targetOf(text, start, start + end + of[0].length, parties);
  return target !== undefined && quoteJudges(m[1] ?? "", HAND, target) ? target : undefined;
}

/**
 * '"This is a flagrant violation," the premier said after Russian jets crossed the border': the
 * clause after the attribution ("after", "when", "following") tells what "this" is, and the party
 * that opens it is the one the verdict falls on. The group is what stands before that party.
 */
const AFTER_EVENT = /^[^,.;"“]{0,60}?\b(?:after|when|following|as)\s+(?:the\s+)?/i;

/** The party whose act the attribution's "after" clause tells, when the quotation judges "this". */
function actorAfterEvent(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const quote = m[1] ?? "";
  if (!THIS_JUDGED.test(quote)) return undefined;
  const end = m.index + m[0].length;
  const event = AFTER_EVENT.exec(text.slice(end));
  if (event === null) return undefined;
  const at = start + end + event[0].length;
  const actor = parties.find((a) => a.start === at && !a.place);
  return actor !== undefined && quoteJudges(quote, HAND, { actor }) ? { actor } : undefined;
}

/** A quotation that opens on a verdict passed on "this", "it" or "that". */
const THIS_JUDGED = /^(?:this|it|that)\s+(?:is|was)\s/i;

/** A comma and a conjunction: a second clause begins inside what was read as the subject. */
export const CLAUSE_JOINED =
  /[,;]\s+(?:and|but|yet|so)\s+(?:this|that|it|these|those|they|we|he|she|i)\s*$/i;

/** "Pretoria's stance is shameful": what the quotation judges, named before its copula. */
function openingSubject(
  quote: string,
  quoteStart: number,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const v = lexicalVerdicts(IN_QUOTE, IN_QUOTE_LEXICAL, quote, true)[0];
  if (v === undefined) return undefined;
  const subject = (v[1] ?? "").trim();
  if (/^(?:it|this|that|these|those|they|we|i|he|she|you)$/i.test(subject)) return undefined;
  // '"Our offer was made in good faith, and this was a betrayal of it"': the verdict is on what
  // opens its own clause, not on the first clause's subject; '"Ghana is not a problem"' is none.
  if (CLAUSE_JOINED.test(subject) || NEGATED_COPULA.test(quote.slice((v[1] ?? "").length)))
    return undefined;
  const subjectEnd = quoteStart + subject.length;
  const target = targetOf(
    quote.slice(0, subject.length),
    quoteStart,
    quoteStart,
    parties.filter((a) => a.start >= quoteStart && a.end <= subjectEnd),
  );
  return target !== undefined && judgedAsVerdict(v, target) ? target : undefined;
}
