import type { Evidence } from "../../model/graph-document.ts";
import { addEvent } from "../add-entities.ts";
import type { MeetingMention } from "../facts/find-meetings.ts";
import type { GraphBuilder } from "../graph-builder.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { meetingFeatures, type MeetingGroup, type PairCandidate } from "./met-features.ts";
import type { MeetingModels } from "./met-model.ts";
import { chosenMeetings } from "./met-policy.ts";
import { widePairs } from "./met-wide.ts";
import { tokenIndexAt } from "./opp-sentence.ts";

/** How collectMeetings dates and places a meeting of the sentence: reused for wide pairs. */
export interface MeetingSite {
  date(m: MeetingMention): string | undefined;
  place(m: MeetingMention): string | undefined;
}

/** A candidate as the training script sees it: features, the pair, its day, who proposed it. */
export interface RecordedCandidate {
  readonly features: readonly string[];
  /** The two keys, sorted, joined as the eval joins them. */
  readonly pair: string;
  readonly date: string | undefined;
  readonly rule: boolean;
  /** Whether the rules alone add this pair (a meeting they read as held). */
  readonly held: boolean;
  /** The model that weighs it. */
  readonly group: MeetingGroup;
  /** The sentence it was read in, to show what a lost pair looked like. */
  readonly text: string;
}

export interface DecisionOptions {
  /** The models that decide; without them, the rules do (their held meetings, nothing wide). */
  readonly model: MeetingModels | undefined;
  /** Keep every candidate with its features, for training. */
  readonly record?: boolean;
}

/** A scored candidate waiting for the article's end, with what its MET_WITH would carry. */
interface Pending {
  readonly a: Actor;
  readonly b: Actor;
  readonly pair: string;
  readonly rule: boolean;
  readonly held: boolean;
  readonly group: MeetingGroup;
  readonly p: number;
  readonly date: string | undefined;
  readonly place: string | undefined;
  /** The rules' held Event, or the meeting an Event is made from if the pair stands. */
  readonly event: string | undefined;
  readonly mention: MeetingMention;
  /** The held Events of the candidate's sentence, shared by its candidates. */
  readonly events: SentenceEvent[];
  readonly evidence: Evidence;
}

/**
 * Decides which pairs of an article met. Every pair a meeting rule reads, and every pair of
 * people in a sentence holding a meeting word, is scored by the model as the sentences are read;
 * at the article's end a pair stands where its best probability reaches the threshold
 * (met-policy.ts), with that probability as its confidence. A pair the rules read keeps their
 * days and Events; one only the wide generator proposed is dated as the rules date a meeting of
 * its sentence and joins the sentence's held Event, or gets one of its own. The rules' Events of
 * pairs that do not stand are kept: they record what the sentence reports, not who met.
 */
export class MeetingDecisions {
  readonly recorded: RecordedCandidate[] = [];
  private readonly model: MeetingModels | undefined;
  private readonly record: boolean;
  private readonly pending: Pending[] = [];
  private index = -1;
  /** Pairs the rules read in the current sentence; pairs they read as held before it. */
  private proposed = new Set<string>();
  private readonly held = new Set<string>();
  private heldNow: string[] = [];
  private events: SentenceEvent[] = [];

  constructor(options: DecisionOptions) {
    this.model = options.model;
    this.record = options.record === true;
  }

  /** A meeting the rules read, with the day, Event (if held) and place they gave it. */
  ruleMeeting(
    m: MeetingMention,
    index: number,
    site: { date: string | undefined; event: string | undefined; place: string | undefined },
    evidence: Evidence,
  ): void {
    this.enter(index);
    const isHeld = m.modality === "asserted";
    const group: MeetingGroup = isHeld ? "held" : "other";
    if (isHeld && site.event !== undefined) this.events.push({ key: site.event, date: site.date });
    const people = m.participants;
    const trigger = tokenIndexAt(m.sentence, m.at);
    const pairs: [Actor, Actor, string][] = [];
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++)
        if (people[i]!.key !== people[j]!.key)
          pairs.push([people[i]!, people[j]!, pairOf(people[i]!, people[j]!)]);
    // Every pair of the meeting is read before any is weighed: each sees the same count (ruled).
    for (const [, , pair] of pairs) this.proposed.add(pair);
    for (const [x, y, pair] of pairs) {
      if (isHeld) this.heldNow.push(pair);
      const features = this.featuresOf(m.sentence, x, y, trigger, people.length, m, pair);
      if (this.record && features !== undefined)
        this.recorded.push({
          features,
          pair,
          date: site.date,
          rule: true,
          held: isHeld,
          group,
          text: m.sentence.sentence.text,
        });
      const p =
        features === undefined ? (isHeld ? RULE_CONFIDENCE : 0) : this.score(group, features);
      // A held pair rejected is kept: its other candidates are then not weighed (met-policy.ts).
      if (!this.accepts(group, p) && !isHeld) continue;
      // A pair the rules read as planned, denied or imagined gets a held Event if it stands.
      const event = isHeld ? site.event : undefined;
      this.pending.push({
        a: x,
        b: y,
        pair,
        rule: true,
        held: isHeld,
        group,
        p,
        ...site,
        event,
        mention: m,
        events: this.events,
        evidence,
      });
    }
  }

  /** The pairs of a sentence's people the rules did not read, around its meeting words. */
  widen(
    s: AnalyzedSentence,
    actors: readonly Actor[],
    index: number,
    site: MeetingSite,
    evidence: Evidence,
  ): void {
    this.enter(index);
    if (this.model === undefined && !this.record) return;
    const wide = widePairs(s, actors);
    for (const w of wide.pairs) {
      const pair = pairOf(w.a, w.b);
      if (this.proposed.has(pair)) continue;
      const at = s.tokens[w.trigger]!.start;
      const mention: MeetingMention = {
        type: w.type,
        participants: [w.a, w.b],
        modality: "asserted",
        sentence: s,
        at,
        dateFrom: at,
      };
      const features = this.featuresOf(s, w.a, w.b, w.trigger, wide.people, undefined, pair)!;
      const p = this.score("wide", features);
      const accepted = this.accepts("wide", p);
      const date = accepted || this.record ? site.date(mention) : undefined;
      if (this.record)
        this.recorded.push({
          ...{ features, pair, date, rule: false, held: false, group: "wide" as const },
          text: s.sentence.text,
        });
      if (!accepted) continue;
      const place = site.place(mention);
      this.pending.push({
        a: w.a,
        b: w.b,
        pair,
        rule: false,
        held: false,
        group: "wide",
        p,
        date,
        place,
        event: undefined,
        mention,
        events: this.events,
        evidence,
      });
    }
  }

  /** Adds the pairs that stand, with their Events, once the article is read. */
  finish(graph: GraphBuilder): void {
    const accepts = (c: Pending) => this.accepts(c.group, c.p);
    for (const c of chosenMeetings(this.pending, (c) => c.p, accepts)) {
      const event = c.event ?? joinEvent(graph, c);
      addMet(graph, c, event);
    }
  }

  private featuresOf(
    s: AnalyzedSentence,
    a: Actor,
    b: Actor,
    trigger: number,
    people: number,
    rule: MeetingMention | undefined,
    pair: string,
  ): string[] | undefined {
    if (this.model === undefined && !this.record) return undefined;
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    const seen = this.held.has(pair);
    const c: PairCandidate = {
      sentence: s,
      a: first,
      b: second,
      trigger,
      people,
      index: this.index,
      rule,
      seen,
      ruled: this.proposed.size,
    };
    return meetingFeatures(c);
  }

  /** Whether a probability reaches the threshold of its group's model (0.5 for the rules). */
  private accepts(group: MeetingGroup, p: number): boolean {
    return p >= (this.model === undefined ? 0.5 : this.model[group].threshold);
  }

  private score(group: MeetingGroup, features: readonly string[]): number {
    return this.model === undefined ? 0 : this.model[group].probability(features);
  }

  /** Moves to sentence `index`: what the rules read in the one before becomes earlier. */
  private enter(index: number): void {
    if (index === this.index) return;
    for (const pair of this.heldNow) this.held.add(pair);
    this.index = index;
    this.proposed = new Set();
    this.heldNow = [];
    this.events = [];
  }
}

/** The confidence the meeting rules give a pair they read as held. */
const RULE_CONFIDENCE = 0.9;

/** A held Event of a sentence, with its day. */
interface SentenceEvent {
  readonly key: string;
  readonly date: string | undefined;
}

/**
 * Joins the sentence's first held Event of the pair's day (the rules' or a wide pair's), or adds
 * one: "A met B on Monday, a day after C received D on Sunday" keeps Sunday's pairs out of
 * Monday's Event.
 */
function joinEvent(graph: GraphBuilder, c: Pending): string {
  const event = c.events.find((e) => e.date === c.date)?.key;
  if (event === undefined) {
    const key = addEvent(graph, {
      type: c.mention.type,
      date: c.date,
      place: c.place,
      held: true,
      participants: [c.a.key, c.b.key],
    });
    c.events.push({ key, date: c.date });
    return key;
  }
  graph.addRelationship("PARTICIPATED_IN", c.a.key, event, {}, undefined, 0.9);
  graph.addRelationship("PARTICIPATED_IN", c.b.key, event, {}, undefined, 0.9);
  return event;
}

function addMet(graph: GraphBuilder, c: Pending, event: string): void {
  const properties: Record<string, string> = { event };
  if (c.date !== undefined) properties["date"] = c.date;
  if (c.place !== undefined) properties["place"] = c.place;
  const confidence = Math.round(c.p * 100) / 100;
  graph.addRelationship("MET_WITH", c.a.key, c.b.key, properties, c.evidence, confidence);
}

function pairOf(a: Actor, b: Actor): string {
  return a.key < b.key ? `${a.key} — ${b.key}` : `${b.key} — ${a.key}`;
}
