import type { OppositionMention } from "../facts/find-oppositions.ts";
import { labelFeatures } from "./opp-label-features.ts";
import { stanceHolder } from "../facts/stance-actor.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { PeopleResolution } from "../resolve/resolve-people.ts";
import { stanceFeatures, type StanceEnd } from "./opp-features.ts";
import { stanceWord, type StanceWord } from "./opp-lexicon.ts";
import { stanceSentence, stanceWords, tokenIndexAt, type StanceSentence } from "./opp-sentence.ts";

/** A stance the classifier weighs: its ends as the graph keys them, its features, its wording. */
export interface StanceCandidate {
  readonly holder: string;
  readonly target: string;
  readonly features: readonly string[];
  readonly what: string;
  /** The sentence's number in the article. */
  readonly sentence: number;
  /** The rule's proposal it comes from; undefined for one of the wide generator's pairs. */
  readonly mention: OppositionMention | undefined;
}

/** Parties beyond this many in one sentence are left out of the wide generator's pairs. */
const MAX_PARTIES = 6;

/**
 * The candidate stances of one sentence: every rule proposal, then, with `wide`, in a sentence
 * with a stance word, every ordered pair of the parties it names that no rule proposed ("Kenya's parliament
 * voted to expel Uganda's envoy after a bitter row" gives Kenya → Uganda and Uganda → Kenya, for
 * the classifier to tell apart). Holders are mapped as the graph maps them (stanceHolder).
 */
export function stanceCandidates(
  s: AnalyzedSentence,
  index: number,
  actors: readonly Actor[],
  mentions: readonly OppositionMention[],
  people: PeopleResolution,
  wide: boolean,
): StanceCandidate[] {
  if (!wide && mentions.length === 0) return [];
  const words = stanceWords(s);
  if (words === undefined && mentions.length === 0) return [];
  const view = stanceSentence(
    s,
    index,
    words ?? new Array<StanceWord | undefined>(s.tokens.length),
  );
  const parties = partiesOf(actors);
  const out: StanceCandidate[] = [];
  const proposed = new Set<string>();
  for (const o of mentions) {
    // A label the learned decision weighs is no rule's proposal for the wide pairs' features.
    if (o.learned === true) continue;
    const [holder, target] = keyOf(o, people).split("|") as [string, string];
    // The pair, and each end alone ("holder", ">target"), for the wide pairs' features.
    proposed.add(`${holder}|${target}`).add(holder).add(`>${target}`);
  }
  for (const o of mentions) {
    const c = ruleCandidate(view, o, people, parties.length, proposed);
    // The graph keeps no stance of a party against itself.
    if (c.holder !== c.target) out.push(c);
  }
  if (words === undefined || !wide) return out;
  for (const h of parties)
    for (const t of parties) {
      const holder = stanceHolder(h, people);
      if (holder.key === t.key || proposed.has(`${holder.key}|${t.key}`)) continue;
      const between = parties.filter(
        (p) => p.start > Math.min(h.start, t.start) && p.start < Math.max(h.start, t.start),
      ).length;
      out.push(wideCandidate(view, h, holder, t, parties.length, between, proposed));
    }
  return out;
}

/** The sentence's parties, once each (first mention), not places; at most MAX_PARTIES. */
function partiesOf(actors: readonly Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of actors) {
    if (a.locationOnly === true || (a.place && a.label === "Country" && a.via !== "country"))
      continue;
    if (out.some((b) => b.key === a.key)) continue;
    out.push(a);
    if (out.length === MAX_PARTIES) break;
  }
  return out;
}

function keyOf(o: OppositionMention, people: PeopleResolution): string {
  const to = "actor" in o.target ? o.target.actor.key : o.target.issueKey;
  return `${stanceHolder(o.holder, people).key}|${to}`;
}

function ruleCandidate(
  view: StanceSentence,
  o: OppositionMention,
  people: PeopleResolution,
  parties: number,
  proposed: ReadonlySet<string>,
): StanceCandidate {
  const holder = stanceHolder(o.holder, people);
  const trigger = tokenIndexAt(view.s, o.at);
  const target: StanceEnd =
    "actor" in o.target
      ? endOf(view, o.target.actor)
      : {
          label: "Issue",
          via: "issue",
          possessive: false,
          from: Math.min(trigger + 1, view.s.tokens.length - 1),
          to: Math.min(trigger + 2, view.s.tokens.length),
        };
  const to = "actor" in o.target ? o.target.actor.key : o.target.issueKey;
  const features = stanceFeatures(view, {
    holder: endOf(view, o.holder),
    target,
    mapped: holder.key !== o.holder.key,
    sameState: "actor" in o.target && sameState(holder.key, o.target.actor),
    trigger,
    ruleVerb: verbOf(o.verb),
    reverseRule: proposed.has(`${to}|${holder.key}`),
    parties,
    between: 0,
    holderRuled: false,
    targetRuled: false,
  });
  // A label no rule decides ("called the visit "a photo opportunity""): its quotation's words.
  if (o.learned === true) features.push(...labelFeatures(o.what));
  return {
    holder: holder.key,
    target: to,
    features,
    what: o.what,
    sentence: view.index,
    mention: o,
  };
}

function wideCandidate(
  view: StanceSentence,
  h: Actor,
  holder: { key: string },
  t: Actor,
  parties: number,
  between: number,
  proposed: ReadonlySet<string>,
): StanceCandidate {
  const hEnd = endOf(view, h);
  const tEnd = endOf(view, t);
  const trigger = nearestStance(view, Math.min(hEnd.from, tEnd.from), Math.max(hEnd.to, tEnd.to));
  const features = stanceFeatures(view, {
    holder: hEnd,
    target: tEnd,
    mapped: holder.key !== h.key,
    sameState: sameState(holder.key, t),
    trigger,
    ruleVerb: undefined,
    reverseRule: proposed.has(`${t.key}|${holder.key}`),
    parties,
    between,
    holderRuled: proposed.has(holder.key),
    targetRuled: proposed.has(`>${t.key}`),
  });
  return {
    holder: holder.key,
    target: t.key,
    features,
    what: whatOf(view, trigger, tEnd),
    sentence: view.index,
    mention: undefined,
  };
}

function endOf(view: StanceSentence, a: Actor): StanceEnd {
  const from = tokenIndexAt(view.s, a.start);
  return {
    label: a.label,
    via: a.via,
    possessive: a.possessive,
    from,
    to: Math.max(from + 1, tokenIndexAt(view.s, a.end - 1) + 1),
  };
}

/** The target belongs to the holder's own state: "Moscow … its ambassador". */
function sameState(holder: string, target: Actor): boolean {
  return (
    target.label !== "Country" &&
    target.country !== undefined &&
    `country:${target.country}` === holder
  );
}

/** The stance word nearest the tokens [from, to): inside them first, then the closest outside. */
function nearestStance(view: StanceSentence, from: number, to: number): number {
  let best = -1;
  let bestDistance = Infinity;
  view.stances.forEach((w, i) => {
    if (w === undefined) return;
    const d = i < from ? from - i : i >= to ? i - to + 1 : 0;
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best < 0 ? from : best;
}

/** A word of the rule's match all in lower case: never a name or a demonym. */
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}'’-])/gu;

/**
 * "condemned" of "has condemned the strikes": the match's first lowercase word with a stance,
 * else its first lowercase word.
 */
function verbOf(verb: string): string {
  const words = verb.match(LOWER_WORD) ?? [];
  return words.find((w) => stanceWord(w) !== undefined) ?? words[0] ?? "none";
}

/** What a wide candidate is about: the sentence from the stance word to the target's end. */
function whatOf(view: StanceSentence, trigger: number, target: StanceEnd): string {
  const { tokens } = view.s;
  const base = view.s.sentence.start;
  const first = tokens[Math.min(trigger, target.from)]!;
  const last = tokens[Math.max(trigger, target.to - 1)]!;
  return view.s.sentence.text.slice(first.start - base, last.end - base).slice(0, 120);
}
