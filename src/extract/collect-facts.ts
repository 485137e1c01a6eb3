import type { Evidence } from "../model/graph-document.ts";
import type { ArticleAnalysis } from "./analyze-article.ts";
import { findDate } from "./dates/resolve-date.ts";
import { FUTURE_HINT } from "./facts/modality.ts";
import {
  findFunding,
  mayFindFunding,
  talksFunding,
  type FundingContext,
  type FundingMention,
} from "./facts/find-funding.ts";
import { fundingDeal } from "./facts/funding-deals.ts";
import { HeadedBodies } from "./facts/funding-heads.ts";
import { IntroducedBodies } from "./facts/funding-introduced-body.ts";
import { KindReferences } from "./facts/funding-kind-reference.ts";
import { quotedParties } from "./facts/funding-quoted-pronoun.ts";
import { inReturn } from "./facts/funding-in-return.ts";
import { sameAmount } from "./facts/funding-same-amount.ts";
import { headlineMentions, mentionWeight } from "./facts/funding-home-state.ts";
import { openingParty } from "./facts/funding-unnamed-state.ts";
import { firstPurpose } from "./facts/funding-own-spending.ts";
import { decideRecipient, rulesPurpose, type RecipientDecision } from "./learn/funds-recipient.ts";
import { decidePayer } from "./learn/funds-payer.ts";
import { approvingBody } from "./facts/funding-approver.ts";
import type { MeetingMention } from "./facts/find-meetings.ts";
import { MeetingMemory } from "./facts/meeting-memory.ts";
import { deniedLater, type Following } from "./facts/meeting-denied-later.ts";
import { meetingDate, namesBlanked } from "./facts/meeting-date.ts";
import { StoryDay } from "./facts/story-day.ts";
import { MeetingDecisions } from "./learn/met-decisions.ts";
import { metModels } from "./learn/met-model.ts";
import { findOppositions } from "./facts/find-oppositions.ts";
import { addStances } from "./learn/opp-decide.ts";
import { isInterimBody } from "./facts/opposition-head-class.ts";
import { findVisits } from "./facts/find-visits.ts";
import { stanceHolder } from "./facts/stance-actor.ts";
import { setHomeDateline } from "./facts/opposition-home.ts";
import { useArticleBodies } from "./resolve/body-by-kind.ts";
import type { GraphBuilder } from "./graph-builder.ts";
import { addEvent, addIssue } from "./add-entities.ts";
import { topicsIn } from "./gazetteer/issues.ts";
import { execAll } from "./text/exec-all.ts";
import { slugify } from "./text/slug.ts";
import type { AnalyzedSentence } from "./resolve/analyzed-sentence.ts";
import type { Actor } from "./resolve/actor.ts";
import { MONTH } from "./gazetteer/words.ts";

interface Context {
  funding: FundingContext;
}

/**
 * Walks the sentences in order and adds every event and fact they state to the graph.
 *
 * Each family of facts is read by a function of its own rather than one closure per article:
 * V8 then compiles them apart, so a family that meets an object of a new shape is recompiled
 * alone, not with everything a sentence is read for.
 */
export function collectFacts(
  analysis: ArticleAnalysis,
  graph: GraphBuilder,
  decisions = new MeetingDecisions({ model: metModels() }),
): void {
  setHomeDateline(analysis.article.dateline);
  useArticleBodies(analysis.bodies);
  const context: Context = {
    funding: {
      funder: undefined,
      recipient: undefined,
      orgs: [],
      countries: [],
      mentions: headlineMentions(analysis.article.title, analysis.article.dateline),
      subject: undefined,
      subjectBody: undefined,
      currencies: [],
      fundingTalk: undefined,
      lastPaid: undefined,
      story: analysis.article.body,
      leadPurpose: undefined,
    },
  };
  const meetings = new MeetingMemory();
  const days = new StoryDay(analysis.publishedAt);
  const bodies: FundingBodies = {
    heads: new HeadedBodies(),
    introduced: new IntroducedBodies(),
    kinds: new KindReferences(),
  };
  const { sentences } = analysis;
  // Most articles state no amount: their funding is not followed at all (see mayFindFunding).
  const funds = mayFindFunding(sentences);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const actors = analysis.actors[i] ?? [];
    const evidence = evidenceOf(s);
    const dated = blankedOnce(s, actors);
    collectMeetings(analysis, graph, { meetings, decisions }, days, s, actors, dated, evidence, i);
    collectVisits(analysis, graph, meetings, s, actors, dated, evidence);
    collectOppositions(analysis, graph, s, actors, evidence, i);
    if (funds)
      context.funding = collectFunding(graph, context.funding, bodies, s, actors, evidence);
    days.pass(dated);
  }
  decisions.finish(graph);
}

/**
 * The sentence with names that hold a date word blanked, read by every date below: worked out
 * once, for a sentence whose dates are read (most are not, see StoryDay). Made by a function, not
 * written as `const dated = () => …` per sentence: tsx compiles with `keepNames`, and a function
 * bound to a name costs a `defineProperty` each time it is created.
 */
function blankedOnce(s: AnalyzedSentence, actors: readonly Actor[]): () => string {
  let blanked: string | undefined;
  return () => (blanked ??= namesBlanked(s, actors));
}

function collectMeetings(
  analysis: ArticleAnalysis,
  graph: GraphBuilder,
  { meetings, decisions }: { meetings: MeetingMemory; decisions: MeetingDecisions },
  days: StoryDay,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  dated: () => string,
  evidence: Evidence,
  index: number,
): void {
  const date = (m: MeetingMention) =>
    meetingDate(
      m,
      analysis.publishedAt,
      () => days.read(),
      dated(),
      () => days.lastStated(),
      (noun) => days.leadDay(noun),
    );
  for (const found of meetings.find(s, actors)) {
    // "Media said A met B. No such meeting took place, the ministry said.": denied after.
    const meeting = deniedLater(found, followingOf(analysis, index))
      ? { ...found, modality: "negated" as const }
      : found;
    const day = date(meeting);
    // One person's meeting with people left unnamed is only remembered (meeting-with-group.ts).
    if (meeting.participants.length > 1)
      addMeeting(analysis, graph, decisions, index, meeting, day, evidence);
    meetings.remember(meeting, day);
  }
  // Which pairs met, of the rules' and of every two people around a meeting word: met-decisions.ts.
  const place = (m: MeetingMention) => placeOf(analysis, s, m.dateFrom);
  decisions.widen(s, actors, index, { date, place }, evidence);
}

/** The sentences after sentence `index`, with their actors, that a later denial may be in. */
function followingOf(analysis: ArticleAnalysis, index: number): Following[] {
  const out: Following[] = [];
  for (let j = index + 1; j < Math.min(index + 3, analysis.sentences.length); j++)
    out.push({ sentence: analysis.sentences[j]!, actors: analysis.actors[j] ?? [] });
  return out;
}

function collectVisits(
  analysis: ArticleAnalysis,
  graph: GraphBuilder,
  meetings: MeetingMemory,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  dated: () => string,
  evidence: Evidence,
): void {
  for (const visit of findVisits(s, actors)) {
    if (visit.modality === "negated" || visit.modality === "hypothetical") continue;
    if (visit.modality === "asserted") meetings.visited(visit.visitor);
    const own = findDate(
      dated().slice(visit.at - s.sentence.start),
      visit.at,
      analysis.publishedAt,
      visit.modality === "future",
    )?.value;
    const visitKey = addEvent(graph, {
      type: visit.type,
      // The sentence's first date, for a visit without one of its own (sought only then).
      date: own ?? sentenceDate(analysis, s, dated()),
      place: visit.place,
      held: visit.modality === "asserted",
      participants: [visit.visitor.key],
    });
    addConcerns(graph, visitKey, s, evidence);
  }
}

function sentenceDate(
  analysis: ArticleAnalysis,
  s: AnalyzedSentence,
  dated: string,
): string | undefined {
  const { text, start } = s.sentence;
  return findDate(dated, start, analysis.publishedAt, FUTURE_HINT.test(text))?.value;
}

function collectOppositions(
  analysis: ArticleAnalysis,
  graph: GraphBuilder,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  evidence: Evidence,
  index: number,
): void {
  const mentions = findOppositions(s, actors);
  for (const o of mentions) {
    // A label the learned decision weighs adds its holder only if it stands (opp-decide.ts).
    if (o.learned === true) continue;
    const holder = stanceHolder(o.holder, analysis.people);
    // A body named only where it takes a stance ("the opposition JVP criticised…") is added here;
    // one that speaks for its state ("the government condemned…") has the state for holder.
    if (
      o.holder.label === "Organization" &&
      o.holder.name !== undefined &&
      holder.key === o.holder.key
    )
      graph.addEntity({
        label: "Organization",
        key: o.holder.key,
        name: o.holder.name,
        aliases: [],
      });
    // "criticised the interim government": a body named only as the target is added here too.
    if ("actor" in o.target && isInterimBody(o.target.actor)) addNamedBody(graph, o.target.actor);
  }
  // Which of the rules' stances, and of the sentence's other pairs, stand: learned (opp-decide.ts).
  addStances(graph, { analysis, s, index, actors, mentions, evidence });
}

/** An organisation known only by the words that named it, added when the graph lacks it. */
function addNamedBody(graph: GraphBuilder, actor: Actor): void {
  if (actor.name === undefined || graph.hasEntity(actor.key)) return;
  graph.addEntity({ label: "Organization", key: actor.key, name: actor.name, aliases: [] });
}

/** The bodies an article's funding remembers from sentence to sentence. */
interface FundingBodies {
  /** "IMF Managing Director Kristalina Georgieva…": later, her body pays for her. */
  readonly heads: HeadedBodies;
  /** "ADQ, the Abu Dhabi state fund, …": its short name is a body wherever it comes again. */
  readonly introduced: IntroducedBodies;
  /** "The Kuwait Fund sent a mission. … 'The fund has approved $90 million'": the body again. */
  readonly kinds: KindReferences;
}

/** Adds the sentence's funding to the graph; returns what the next sentence reads it with. */
function collectFunding(
  graph: GraphBuilder,
  before: FundingContext,
  bodies: FundingBodies,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  evidence: Evidence,
): FundingContext {
  // Plain loops, and one object shape for every sentence: array builtins hand back arrays of
  // varying element kinds, which made V8 recompile this step again and again.
  const orgs = recentFirst(actors, "Organization", 0, before.orgs);
  const countries = recentFirst(actors, "Country", "country:".length, before.countries);
  const known: FundingContext = {
    funder: before.funder,
    recipient: before.recipient,
    orgs,
    countries,
    mentions: countMentions(before.mentions, actors, s),
    subject: before.subject,
    subjectBody: before.subjectBody,
    currencies: before.currencies,
    fundingTalk: before.fundingTalk,
    lastPaid: before.lastPaid,
    approver: before.approver,
    story: before.story,
    leadPurpose: before.leadPurpose,
  };
  bodies.heads.note(s, actors);
  bodies.introduced.note(s, actors);
  // "'They have given us $150 million,' Nepal's finance minister said": the bank, and Nepal.
  const payers = quotedParties(
    s,
    bodies.kinds.read(s, bodies.heads.asPayers(bodies.introduced.withBodies(s, actors))),
    before,
  );
  // Whether the sentence speaks of money given: asked by findFunding of a sentence that may state
  // an amount, and by the next sentence if it may be an item of a list, so mostly never.
  const talk = talksOnce(s.sentence.text);
  const found = inReturn(s, findFunding(s, payers, known, talk));
  // "Ankara would put in the same amount": no amount of its own, the one before given again.
  const funding = found.length > 0 ? found : sameAmount(s, payers, known);
  for (const b of [...bodies.introduced.usedIn(funding), ...bodies.heads.usedIn(funding)])
    graph.addEntity({ label: "Organization", key: b.key, name: b.name, aliases: [] });
  // Who paid each amount, who it went to, and whether it stands: learned (funds-payer.ts,
  // funds-recipient.ts).
  // "The government will put 2 billion kwacha into schools. It will also spend…": the payer the
  // model gave the last amount stays in view, as the rules' would.
  let last: FundingMention | undefined;
  for (const f of funding) {
    const purpose = rulesPurpose(f);
    if (purpose !== undefined) addIssue(graph, purpose.issue, purpose.issueKey);
    last = decidePayer(f, s, payers, known, funding);
    addFunding(graph, decideRecipient(last, s, actors, known), evidence);
  }
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
  const opening = openingParty(s, actors);
  return {
    // "It is co-financed by IFAD, which is lending $25 million": a co-financier joins the payer
    // in view; it does not replace it.
    funder:
      (last !== undefined && CO_FINANCED.test(s.sentence.text) ? before.funder : undefined) ??
      last?.funder ??
      deal?.funder ??
      before.funder,
    recipient: lastParty?.recipient ?? deal?.recipient ?? before.recipient ?? last?.recipient,
    orgs: known.orgs,
    countries: known.countries,
    mentions: known.mentions,
    subject: opening.state,
    subjectBody: opening.body,
    currencies: currenciesAfter(funding, known.currencies),
    fundingTalk: funding.length > 0 ? LISTED : talk,
    // Only the sentence before's: "the same amount" four sentences on points at no payment.
    lastPaid: funding.findLast(isComplete),
    // "The fund's board signed off on four proposals. Chad will receive $20 million…".
    approver: funding.length > 0 ? before.approver : (approvingBody(s, payers) ?? before.approver),
    story: before.story,
    leadPurpose:
      before.leadPurpose === undefined
        ? firstPurpose(s.sentence.text, s.sentence.start, funding, actors)
        : before.leadPurpose,
  };
}

/** Whether `text` speaks of money given, worked out on the first call (see blankedOnce). */
function talksOnce(text: string): () => boolean {
  let talked: boolean | undefined;
  return () => (talked ??= talksFunding(text));
}

/** A mention with both ends, that the graph holds. */
function isComplete(f: FundingMention): boolean {
  return f.funder !== undefined && f.recipient !== undefined;
}

/** A sentence that gave money: the next may list more of it. */
const LISTED = (): boolean => true;

/** "co-financed by", "co-funding": a payer that joins another. */
const CO_FINANCED = /\bco-?(?:financ|fund)/i;

/**
 * The keys of the sentence's actors with `label`, the last first and less `cut` characters, then
 * those of `earlier` the sentence does not name again.
 */
function recentFirst(
  actors: readonly Actor[],
  label: Actor["label"],
  cut: number,
  earlier: readonly string[],
): string[] {
  const out: string[] = [];
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.label !== label) continue;
    const key = cut === 0 ? a.key : a.key.slice(cut);
    if (!out.includes(key)) out.push(key);
  }
  return withEarlier(out, earlier);
}

/** The currencies of the sentence's amounts, the last first, then the earlier ones. */
function currenciesAfter(funding: readonly FundingMention[], earlier: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = funding.length - 1; i >= 0; i--) {
    const c = funding[i]!.money.currency;
    if (!out.includes(c)) out.push(c);
  }
  return withEarlier(out, earlier);
}

function withEarlier(out: string[], earlier: readonly string[]): string[] {
  for (const e of earlier) if (!out.includes(e)) out.push(e);
  return out;
}

/**
 * How often each country has been named so far, in the order first named — as a party, not as
 * the place where something happened ("Donors met in Paris"). A sentence that names none keeps
 * the counts before it: they are only read, so they are not copied.
 */
function countMentions(
  before: ReadonlyMap<string, number> | undefined,
  actors: readonly Actor[],
  s: AnalyzedSentence,
): ReadonlyMap<string, number> {
  if (before !== undefined && !actors.some(isCountedCountry)) return before;
  const out = new Map(before);
  for (const a of actors) {
    if (!isCountedCountry(a)) continue;
    const c = a.key.slice("country:".length);
    out.set(c, (out.get(c) ?? 0) + mentionWeight(s, a));
  }
  return out;
}

/** A country named as a party, not only as the place where something happened. */
function isCountedCountry(a: Actor): boolean {
  return a.label === "Country" && a.locationOnly !== true;
}

function addMeeting(
  analysis: ArticleAnalysis,
  graph: GraphBuilder,
  decisions: MeetingDecisions,
  index: number,
  m: MeetingMention,
  date: string | undefined,
  evidence: Evidence,
): void {
  const place = placeOf(analysis, m.sentence, m.dateFrom);
  let event: string | undefined;
  if (m.modality !== "negated" && m.modality !== "hypothetical") {
    const participants = m.participants.map((p) => p.key);
    const held = m.modality === "asserted";
    event = addEvent(graph, { type: m.type, date, place, held, participants });
    addConcerns(graph, event, m.sentence, evidence);
  }
  // Every pair of participants met, if the model says so (met-decisions.ts).
  decisions.ruleMeeting(m, index, { date, event, place }, evidence);
}

/** The standing topics a sentence names are what the event it reports was about. */
function addConcerns(
  graph: GraphBuilder,
  eventKey: string,
  s: AnalyzedSentence,
  evidence: Evidence,
): void {
  for (const topic of topicsIn(s.sentence.text)) {
    const issueKey = addIssue(graph, topic.name, `issue:${slugify(topic.name)}`);
    graph.addRelationship("CONCERNS", eventKey, issueKey, {}, evidence, 0.6);
  }
}

function addFunding(
  graph: GraphBuilder,
  decision: RecipientDecision | undefined,
  evidence: Evidence,
): void {
  if (decision === undefined) return;
  const f = decision.mention;
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
  graph.addRelationship("FUNDS", f.funder.key, to, properties, evidence, decision.confidence);
}

/** "in Nairobi", "at Lancaster House": a capitalised place after "in" or "at". */
const IN_PLACE = /\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

/**
 * Words that open another clause or phrase: a place after one belongs to that, not the meeting.
 * Not "to" or "for": the trigger's own words have them ("spoke to", "met B for talks at the Vatican").
 */
const ANOTHER_PART =
  /\b(?:and|then|before|after|while|where|which|who|whose|including|on\s+a|of\s+a)\b/i;

/**
 * Where a meeting took place: an "in/at <Name>" that follows where its own part of the sentence
 * starts with no other clause between ("met A in Buenos Aires on Saturday and B in Santiago on
 * Sunday"), else the last one before it ("After a ceremony in Seoul, the two leaders held talks
 * and signed a deal on a centre in Ulaanbaatar" is Seoul), else the first, else the dateline.
 */
function placeOf(analysis: ArticleAnalysis, s: AnalyzedSentence, from: number): string | undefined {
  const text = s.sentence.text;
  const at = from - s.sentence.start;
  let before: string | undefined;
  let after: string | undefined;
  for (const m of execAll(IN_PLACE, text)) {
    if (m[1] === undefined || MONTH.test(m[1])) continue;
    if (m.index < at) before = m[1];
    else if (!ANOTHER_PART.test(text.slice(at, m.index))) return m[1];
    else after ??= m[1];
  }
  return before ?? after ?? analysis.article.dateline;
}

function evidenceOf(s: AnalyzedSentence): Evidence {
  return { sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end };
}
