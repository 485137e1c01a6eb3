import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext } from "./find-funding.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import { STATE_ORGAN } from "./funding-organ.ts";
import { describedActor, insertByStart } from "./funding-described.ts";

/** A quotation: from its opening mark to its closing one, or to the end of the sentence. */
const QUOTATION = /["“]([^"“”]*)(?:["”]|$)/g;

/** "us", "our" (not "ours" nor "US"): the speaker's own side. */
const FIRST_PERSON = /\b(?:us|our)\b/g;

/**
 * "it" or "they" opening a clause of the quotation: at its start, or after a stop or "and".
 * Group 1 is the pronoun.
 */
const THIRD_PERSON_SUBJECT = /(?:^\s*|[,;:—¦–¬]\s+(?:and\s+)?|\band\s+)(it|they)\b/gi;

/** An amount before the clause ends: a figure, a currency sign or "million"/"billion". */
const AMOUNT_IN_CLAUSE = /^[^,;.!?"”]*?(?:[\p{Sc}\d]|\b(?:million|billion)\b)/iu;

/** "from them", "by them": a third party named by the pronoun as the source. */
const FROM_THEM = /\b(?:from|by)\s+(them)\b/g;

/** Cheap gate: a quotation mark and a pronoun the rule reads. */
const MAY_QUOTE = /["“][^]*\b(?:us|our|[Ii]t|[Tt]hey|them)\b/;

/** The attribution after a closing quotation mark: "…," the minister said. */
const SAID_AFTER =
  /^[^"“”]*?\b(?:said|says|told|tells|added|adds|explained|stated|declared|insisted)\b/i;

/**
 * Pronouns in a quotation, read as the parties they stand for. A recipient's official quoted on
 * money speaks of the payer as "it" or "they" and of the own side as "us" and "our": "'They have
 * given us $150 million in budget support,' Nepal's finance minister said" after he met the bank
 * — the bank gave, Nepal received. "us" and "our" are the speaker's state; "it" and "they" as the
 * subject of a verb of giving, and "from them", are the party the report is about that is not the
 * speaker's: the body or state the sentence before opened on, else the latest body named, else
 * the latest state. A speaker of no stated state ("he said") speaks for the state the sentence
 * before opened on; with none, nothing is read.
 */
export function quotedParties(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
  context: FundingContext,
): readonly Actor[] {
  const { text, start } = sentence.sentence;
  if (!MAY_QUOTE.test(text)) return actors;
  let out: Actor[] | undefined;
  QUOTATION.lastIndex = 0;
  for (let q = QUOTATION.exec(text); q !== null; q = QUOTATION.exec(text)) {
    const inner = q[1] ?? "";
    if (inner.length === 0) {
      QUOTATION.lastIndex = q.index + 1;
      continue;
    }
    const innerAt = start + q.index + 1;
    const own =
      speakerState(text, start, q.index, q.index + q[0].length, out ?? actors) ??
      // "…," he said: a speaker of no stated state speaks for the one the report is on.
      context.subject;
    if (own === undefined) continue;
    const spans: Actor[] = [];
    for (const m of inner.matchAll(FIRST_PERSON)) {
      const at = innerAt + (m.index ?? 0);
      spans.push(describedActor(`country:${own}`, "Country", at, at + m[0].length, m[0] === "our"));
    }
    const other = otherParty(own, context);
    if (other !== undefined) {
      for (const m of inner.matchAll(THIRD_PERSON_SUBJECT)) {
        const word = m[1] ?? "";
        const end = innerAt + (m.index ?? 0) + m[0].length;
        // The subject of a verb of giving within a few words: "It approved…", "they have given".
        if (!FUNDING_VERB.test(text.slice(end - start, end - start + 60))) continue;
        // "They have given us a clear plan, and we will give $50 million": the money is another
        // clause's; the pronoun gives only what its own clause holds.
        if (!AMOUNT_IN_CLAUSE.test(text.slice(end - start))) continue;
        spans.push(describedActor(other.key, other.label, end - word.length, end, false));
      }
      for (const m of inner.matchAll(FROM_THEM)) {
        const end = innerAt + (m.index ?? 0) + m[0].length;
        spans.push(describedActor(other.key, other.label, end - 4, end, false));
      }
    }
    if (spans.length > 0) out = placed(out ?? [...actors], spans);
  }
  QUOTATION.lastIndex = 0;
  return out ?? actors;
}

/**
 * The state of the one quoted: the first person or state after the closing mark when a verb of
 * saying follows it, else the last one before the opening mark ("Paudel said: '…'").
 */
function speakerState(
  text: string,
  start: number,
  open: number,
  close: number,
  actors: readonly Actor[],
): string | undefined {
  if (SAID_AFTER.test(text.slice(close))) {
    for (const a of actors) {
      if (a.start < start + close) continue;
      const state = stateOf(a);
      if (state !== undefined) return state;
      if (a.label === "Person") return undefined;
    }
    return undefined;
  }
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.end > start + open) continue;
    const state = stateOf(a);
    if (state !== undefined) return state;
    if (a.label === "Person") return undefined;
  }
  return undefined;
}

/** The state a party stands for: a state itself, or a person's state; none for a place. */
function stateOf(a: Actor): string | undefined {
  if (a.place) return undefined;
  if (a.label === "Country") return a.key.slice("country:".length);
  return a.label === "Person" ? a.country : undefined;
}

/** The party in view that is not the speaker's state. */
function otherParty(
  own: string,
  context: FundingContext,
): { key: string; label: Actor["label"] } | undefined {
  if (context.subjectBody !== undefined) return { key: context.subjectBody, label: "Organization" };
  if (context.subject !== undefined && context.subject !== own)
    return { key: `country:${context.subject}`, label: "Country" };
  const body = context.orgs.find((k) => !STATE_ORGAN.test(k));
  if (body !== undefined) return { key: body, label: "Organization" };
  const state = context.countries.find((c) => c !== own);
  return state === undefined ? undefined : { key: `country:${state}`, label: "Country" };
}

/** The actors with the pronouns' parties among them in text order, where no party stands yet. */
function placed(actors: Actor[], spans: readonly Actor[]): Actor[] {
  for (const p of spans) {
    if (actors.some((a) => a.start < p.end && a.end > p.start)) continue;
    insertByStart(actors, p);
  }
  return actors;
}
