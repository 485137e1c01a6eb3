import type { Evidence } from "../model/graph-document.ts";
import type { ArticleAnalysis } from "./analyze-article.ts";
import { findDate } from "./dates/resolve-date.ts";
import { FUTURE_HINT } from "./facts/modality.ts";
import {
  findFunding,
  talksFunding,
  type FundingContext,
  type FundingMention,
} from "./facts/find-funding.ts";
import { fundingDeal } from "./facts/funding-deals.ts";
import { HeadedBodies } from "./facts/funding-heads.ts";
import { IntroducedBodies } from "./facts/funding-introduced-body.ts";
import { inReturn } from "./facts/funding-in-return.ts";
import { headlineMentions, mentionWeight } from "./facts/funding-home-state.ts";
import { openingState } from "./facts/funding-unnamed-state.ts";
import type { MeetingMention } from "./facts/find-meetings.ts";
import { MeetingMemory } from "./facts/meeting-memory.ts";
import { dayInView, meetingDate } from "./facts/meeting-date.ts";
import { findOppositions } from "./facts/find-oppositions.ts";
import { findVisits } from "./facts/find-visits.ts";
import { stanceHolder } from "./facts/stance-actor.ts";
import { setHomeDateline } from "./facts/opposition-home.ts";
import type { GraphBuilder } from "./graph-builder.ts";
import { addEvent, addIssue } from "./add-entities.ts";
import { ISSUE_TOPICS } from "./gazetteer/issues.ts";
import { slugify } from "./text/slug.ts";
import type { AnalyzedSentence } from "./resolve/analyzed-sentence.ts";
import type { Actor } from "./resolve/actor.ts";

const MONTH_OR_DAY =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

interface Context {
  date: string | undefined;
  funding: FundingContext;
}

/** Walks the sentences in order and adds every event and fact they state to the graph. */
export function collectFacts(analysis: ArticleAnalysis, graph: GraphBuilder): void {
  setHomeDateline(analysis.article.dateline);
  const context: Context = {
    date: undefined,
    funding: {
      funder: undefined,
      recipient: undefined,
      orgs: [],
      countries: [],
      currencies: [],
      mentions: headlineMentions(analysis.article.title, analysis.article.dateline),
    },
  };
  const meetings = new MeetingMemory();
  const heads = new HeadedBodies();
  const bodies = new IntroducedBodies();
  analysis.sentences.forEach((s, i) => {
    const actors = analysis.actors[i] ?? [];
    // The sentence's first date, for a visit without one of its own (sought only then).
    const date = (): string | undefined =>
      findDate(
        s.sentence.text,
        s.sentence.start,
        analysis.publishedAt,
        FUTURE_HINT.test(s.sentence.text),
      )?.value;
    const evidence = evidenceOf(s);
    for (const meeting of meetings.find(s, actors)) {
      const day = meetingDate(meeting, analysis.publishedAt, context.date);
      addMeeting(analysis, graph, meeting, day, evidence);
      meetings.remember(meeting, day);
    }
    for (const visit of findVisits(s, actors)) {
      if (visit.modality === "negated" || visit.modality === "hypothetical") continue;
      if (visit.modality === "asserted") meetings.visited(visit.visitor);
      const own = findDate(
        s.sentence.text.slice(visit.at - s.sentence.start),
        visit.at,
        analysis.publishedAt,
        visit.modality === "future",
      )?.value;
      const visitKey = addEvent(graph, {
        type: visit.type,
        date: own ?? date(),
        place: visit.place,
        held: visit.modality === "asserted",
        participants: [visit.visitor.key],
      });
      addConcerns(graph, visitKey, s, evidence);
    }
    for (const o of findOppositions(s, actors)) {
      const holder = stanceHolder(o.holder, analysis.people);
      // A body named only where it takes a stance ("the opposition JVP criticised…") is added here.
      if (o.holder.label === "Organization" && o.holder.name !== undefined)
        graph.addEntity({
          label: "Organization",
          key: o.holder.key,
          name: o.holder.name,
          aliases: [],
        });
      const to =
        "actor" in o.target
          ? o.target.actor.key
          : addIssue(graph, o.target.issue, o.target.issueKey);
      graph.addRelationship(
        "OPPOSES",
        holder.key,
        to,
        { what: o.what },
        evidence,
        "actor" in o.target ? 0.85 : 0.75,
      );
    }
    const orgs = actors
      .filter((a) => a.label === "Organization")
      .map((a) => a.key)
      .reverse();
    const countries = actors
      .filter((a) => a.label === "Country")
      .map((a) => a.key.slice("country:".length))
      .reverse();
    const known = {
      ...context.funding,
      orgs: [...new Set([...orgs, ...context.funding.orgs])],
      countries: [...new Set([...countries, ...context.funding.countries])],
      mentions: countMentions(context.funding.mentions, actors, s),
    };
    // "IMF Managing Director Kristalina Georgieva…": later, her body pays for her.
    heads.note(s, actors);
    // "ADQ, the Abu Dhabi state fund, …": its short name is a body wherever it comes again.
    bodies.note(s, actors);
    const payers = heads.asPayers(bodies.withBodies(s, actors));
    const funding = inReturn(s, findFunding(s, payers, known));
    for (const b of bodies.usedIn(funding))
      graph.addEntity({ label: "Organization", key: b.key, name: b.name, aliases: [] });
    for (const f of funding) addFunding(graph, f, evidence);
    const last = funding.at(-1);
    // "The bank approved a loan for Pakistan." names the parties of an amount told later.
    const deal = funding.length === 0 ? fundingDeal(s, payers) : undefined;
    // The party money last went to stays the recipient in view; a purpose named in passing does not
    // replace it ("…for medical equipment" then "Canada announced a package").
    // Nor does a company known only from this sentence's wording ("a loan with Acme Rail, the
    // project company"): it borrows for one project, not for what the report goes on to fund.
    const lastParty = funding.findLast(
      (f) =>
        f.part !== true &&
        f.recipient !== undefined &&
        "actor" in f.recipient &&
        f.recipientName === undefined,
    );
    context.funding = {
      fundingTalk: talksFunding(s.sentence.text) || funding.length > 0,
      funder: last?.funder ?? deal?.funder ?? context.funding.funder,
      recipient:
        lastParty?.recipient ?? deal?.recipient ?? context.funding.recipient ?? last?.recipient,
      orgs: known.orgs,
      countries: known.countries,
      mentions: known.mentions,
      subject: openingState(s, actors),
      currencies: [
        ...new Set([...funding.map((f) => f.money.currency).reverse(), ...known.currencies]),
      ],
    };
    context.date = dayInView(s.sentence.text, analysis.publishedAt, context.date);
  });
}

/**
 * How often each country has been named so far, in the order first named — as a party, not as
 * the place where something happened ("Donors met in Paris").
 */
function countMentions(
  before: ReadonlyMap<string, number> | undefined,
  actors: readonly Actor[],
  s: AnalyzedSentence,
): ReadonlyMap<string, number> {
  const out = new Map(before);
  for (const a of actors) {
    if (a.label !== "Country" || a.locationOnly === true) continue;
    const c = a.key.slice("country:".length);
    out.set(c, (out.get(c) ?? 0) + mentionWeight(s, a));
  }
  return out;
}

function addMeeting(
  analysis: ArticleAnalysis,
  graph: GraphBuilder,
  m: MeetingMention,
  date: string | undefined,
  evidence: Evidence,
): void {
  if (m.modality === "negated" || m.modality === "hypothetical") return;
  const held = m.modality === "asserted";
  const keys = m.participants.map((p) => p.key);
  const place = placeOf(analysis, m.sentence);
  const eventKey = addEvent(graph, { type: m.type, date, place, held, participants: keys });
  addConcerns(graph, eventKey, m.sentence, evidence);
  if (!held) return;
  const [visitor, ...others] = keys;
  for (const [a, b] of pairs(visitor, others, keys)) {
    const properties: Record<string, string> = { event: eventKey };
    if (date !== undefined) properties["date"] = date;
    if (place !== undefined) properties["place"] = place;
    graph.addRelationship("MET_WITH", a, b, properties, evidence, 0.9);
  }
}

/** The standing topics a sentence names are what the event it reports was about. */
function addConcerns(
  graph: GraphBuilder,
  eventKey: string,
  s: AnalyzedSentence,
  evidence: Evidence,
): void {
  for (const topic of ISSUE_TOPICS) {
    if (!topic.pattern.test(s.sentence.text)) continue;
    const issueKey = addIssue(graph, topic.name, `issue:${slugify(topic.name)}`);
    graph.addRelationship("CONCERNS", eventKey, issueKey, {}, evidence, 0.6);
  }
}

function pairs(
  first: string | undefined,
  rest: readonly string[],
  all: readonly string[],
): [string, string][] {
  if (first === undefined) return [];
  const out: [string, string][] = rest.map((r) => [first, r]);
  for (let i = 1; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) out.push([all[i] ?? "", all[j] ?? ""]);
  return out;
}

function addFunding(graph: GraphBuilder, f: FundingMention, evidence: Evidence): void {
  if (f.funder === undefined || f.recipient === undefined) return;
  if (f.funderName !== undefined)
    graph.addEntity({ label: "Organization", key: f.funder.key, name: f.funderName, aliases: [] });
  if (f.recipientName !== undefined && "actor" in f.recipient)
    graph.addEntity({
      label: "Organization",
      key: f.recipient.actor.key,
      name: f.recipientName,
      aliases: [],
    });
  const to =
    "actor" in f.recipient
      ? f.recipient.actor.key
      : addIssue(graph, f.recipient.issue, f.recipient.issueKey);
  const properties: Record<string, string | number> = {
    amount: f.money.amount,
    currency: f.money.currency,
  };
  if (f.purpose !== undefined) properties["purpose"] = f.purpose;
  graph.addRelationship(
    "FUNDS",
    f.funder.key,
    to,
    properties,
    evidence,
    "actor" in f.recipient ? 0.85 : 0.7,
  );
}

function placeOf(analysis: ArticleAnalysis, s: AnalyzedSentence): string | undefined {
  for (const m of s.sentence.text.matchAll(
    /\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu,
  )) {
    if (m[1] !== undefined && !MONTH_OR_DAY.test(m[1])) return m[1];
  }
  return analysis.article.dateline;
}

function evidenceOf(s: AnalyzedSentence): Evidence {
  return { sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end };
}
