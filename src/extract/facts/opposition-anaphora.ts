import type { Actor } from "../resolve/actor.ts";
import { groupCandidates, objectSubject } from "../resolve/party-group.ts";
import {
  DOC_HEADS,
  mostNamedState,
  otherNamedState,
  referentsBefore,
  stateTarget,
  type OppositionMemory,
} from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { execAll } from "../text/exec-all.ts";
import { homeState } from "./opposition-home.ts";
import { frontedHome } from "./opposition-home-front.ts";
import { noteVisitor, tripTaker } from "./opposition-visitor.ts";
import { meetingParticipant, noteMeeting } from "./opposition-meeting-referent.ts";
import { noteSender, noteSent } from "./opposition-note.ts";
import { actingState } from "./opposition-acting-state.ts";
import { bareText } from "./opposition-drafted-text.ts";
import { BARE_GOVERNMENT } from "./opposition-reason.ts";
import { describedBody, noteDescribed } from "./opposition-described.ts";
import { rulersState } from "./opposition-rulers.ts";
import { federalState } from "./opposition-federal.ts";
import { realmParties } from "./opposition-realm.ts";
import { bareEventReferent } from "./opposition-event-noun.ts";
import { sayingReferent, thoughtReferent } from "./opposition-light-referent.ts";
import { sameKindDoc } from "./opposition-doc-kind.ts";
import { bareAntecedent } from "./opposition-antecedent.ts";
import { propositionOf } from "./opposition-proposition.ts";
import { isGovernmentAct } from "./opposition-act-owner.ts";
import { previousDoer } from "./opposition-previous-doer.ts";
import { documentAuthor, noteAuthored } from "./opposition-authored.ts";
import { earlierStanceHead } from "./opposition-stance-head.ts";
import { sameHolderTarget } from "./opposition-same-holder.ts";
import { letterGate } from "../text/letter-gate.ts";
import { bodiesOfKind, bodyOfKind } from "../resolve/body-by-kind.ts";
import { COMPANY_KINDS, KIND_MODIFIER } from "../resolve/kind-nouns.ts";

/**
 * "the bloc", "the council", "the fund" (the IMF), "the bank" (the World Bank): a body called by
 * its kind, and the names of bodies of that kind; not a kind that qualifies another's noun ("the
 * coalition government", "the alliance partners", "the coalition forces"), nor one a phrase after
 * it names ("the bank of the river") or a name after it ("the conglomerate GAESA"), though a day
 * or a reason may follow ("the bloc on Monday",
 * "the agency for what it called…").
 */
const KIND_WORDS = new RegExp(
  String.raw`\b[Tt]he\s+(?:${KIND_MODIFIER}\s+){0,2}(bloc|alliance|council|organi[sz]ation|committee|commission|court|agency|union|group|movement|watchdog|militia|bank|fund|lender|party|House|association|federation|confederation|foundation|charity|ngo|NGO|coalition|network|syndicate|body|grouping|cartel|tribunal|${COMPANY_KINDS})\b(?!\s+\p{Lu})(?!\s+(?:of|for|on)\s+(?!["“]|\w+ing\b|what\b|(?:its|their|his|her)\s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))(?!\s+(?:government|partners?|forces|troops)\b)`,
  "gu",
);
/** KIND_WORDS and BOTH are read every sentence; most have none of their words (letter-gate.ts). */
const mayReferToKind = letterGate(KIND_WORDS);

/**
 * Parties a sentence names only by referring back: "the bloc" for the union named before, "It"
 * opening a sentence after one about an organisation. Every sentence passes here, so it also
 * notes who travels in the story, for a later "the trip", and who sent a note, for "the note".
 */
export function referredParties(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): Actor[] {
  noteVisitor(text, start, parties, memory);
  noteMeeting(text, start, parties, memory);
  noteSender(text, start, parties, memory);
  noteDescribed(text, start, parties, memory);
  noteAuthored(text, start, parties, memory);
  const out: Actor[] = [];
  for (const m of mayReferToKind(text) ? execAll(KIND_WORDS, text) : []) {
    const at = start + m.index;
    const kind = (m[1] ?? "").toLowerCase();
    const modifiers = m[0].split(" ").slice(1, -1);
    // "the body" alone is as often a dead person's: only "the world body", "the UN body".
    if (kind === "body" && modifiers.length === 0) continue;
    // A name the kind word belongs to; a place or demonym before it only qualifies it.
    const kindAt = at + m[0].length - (m[1] ?? "").length;
    if (parties.some((a) => a.start < at + m[0].length && a.end > kindAt)) continue;
    const body = bodyOfKind(kind, at, {
      modifiers,
      accept:
        kind === "party"
          ? (a) => isParty(a, memory.texts)
          : kind === "group"
            ? stateless
            : undefined,
    });
    if (body !== undefined) out.push(standIn(body, at, at + m[0].length, text, start));
  }
  out.push(
    ...bothStates(text, start, parties, memory),
    ...pluralBodies(text, start, parties),
    ...realmParties(text, start, parties, memory),
  );
  const it =
    /^It\s+(?:\w+ly\s+|also\s+|again\s+|still\s+|then\s+|later\s+|has\s+|had\s+)*[a-z]+(?:ed|s)\b/.exec(
      text,
    );
  const body = memory.subjectOrg ?? lastBodyHolder(text, memory);
  if (it !== null && body !== undefined && !parties.some((a) => a.start === start))
    out.push(standIn(body, start, start + 2, text, start));
  return out;
}

const BOTH =
  /\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|states|governments|neighbou?rs|capitals|sides)\b/g;

/** Cheap test for BOTH (see KIND_WORDS). */
const mayReferToBoth = letterGate(BOTH);

/**
 * "the two lenders", "both blocs", "the three groups": bodies taken up together by a plural kind
 * noun and their number.
 */
const PLURAL_KIND = new RegExp(
  String.raw`\b(?:[Tt]he\s+(two|three)|[Bb]oth)\s+(?:${KIND_MODIFIER}\s+){0,2}(blocs|alliances|banks|lenders|funds|agencies|groups|bodies|organi[sz]ations|companies|firms|courts|unions|movements|militias)\b(?!\s+(?:of|in)\b)`,
  "gu",
);
const mayReferToPlural = letterGate(PLURAL_KIND);

/** The bodies plural kind nouns take up, each standing where the words are. */
function pluralBodies(text: string, start: number, parties: readonly Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const m of mayReferToPlural(text) ? execAll(PLURAL_KIND, text) : []) {
    const at = start + m.index;
    if (parties.some((a) => a.start < at + m[0].length && a.end > at)) continue;
    const count = m[1] === "three" ? 3 : 2;
    const kind = m[2]!.replace(/ies$/, "y").replace(/s$/, "");
    for (const body of bodiesOfKind(kind, at, count))
      out.push(standIn(body, at, at + m[0].length, text, start));
  }
  return out;
}

/**
 * "the two countries", "both governments": the two states named before them in their sentence,
 * else those the story has named most ("Italy and the UAE signed… Ghana and Côte d'Ivoire have been
 * promised similar schemes. In a joint statement the two governments condemned…" is Italy's and
 * the UAE's), standing together.
 */
function bothStates(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): Actor[] {
  const out: Actor[] = [];
  for (const m of mayReferToBoth(text) ? execAll(BOTH, text) : []) {
    const at = start + m.index;
    const subject = objectSubject(text, start, at, parties);
    const named = parties.filter((a) => a.end <= at && a.label === "Country" && !a.place).reverse();
    const count = (a: Actor): number => memory.states.get(a.key) ?? 0;
    const earlier = [...memory.recentStates].sort((a, b) => count(b) - count(a));
    const two = groupCandidates([...named, ...earlier], subject);
    if (two.length < 2) continue;
    for (const s of two.slice(0, 2)) out.push(standIn(s, at, at + m[0].length, text, start));
  }
  return out;
}

/** "The group" is no state's own body. */
function stateless(body: Actor): boolean {
  return body.country === undefined;
}

/**
 * Whether a body is a political party: its name says so ("the Socialist Party"), or the text
 * has called it one ("the opposition Civic Platform party"). "The party" stands for such a body.
 */
function isParty(body: Actor, texts: readonly string[]): boolean {
  const name = body.name ?? "";
  if (/\bpart(?:y|ido|i)\b/i.test(name)) return true;
  const called = `${name} party`;
  return name !== "" && texts.some((t) => t.includes(called));
}

/**
 * The named parties less those inside words that take a body up: in "the Washington-based
 * lender" or "the London-based group", Washington and London only say where the body sits.
 */
export function withoutQualifiers(
  named: readonly Actor[],
  referred: readonly Actor[],
): readonly Actor[] {
  if (referred.length === 0) return named;
  return named.filter((a) => !referred.some((r) => a.start > r.start && a.end <= r.end));
}

/**
 * "Kenya's foreign ministry called the report biased. It also accused…": a state or body whose
 * stance the sentence before told, which a sentence opening with "It" goes on with.
 */
function lastBodyHolder(text: string, memory: OppositionMemory): Actor | undefined {
  const holder = memory.lastHolder;
  if (holder === undefined || holder.label === "Person") return undefined;
  if (memory.lastStanceAt !== memory.index - 1) return undefined;
  const texts = memory.texts;
  const before = texts.at(-1) === text ? texts.at(-2) : texts.at(-1);
  if (before !== undefined && ACTING_TEXT.test(before))
    return GOES_ON.test(text) ? holder : undefined;
  return holder;
}

/**
 * "the UN report", "the treaty signed in Kampala", named in the sentence before: a text that can
 * itself be the subject of the next sentence ("It accused Uganda…", "It bans…"), so that "It" may be the text, not its critic.
 */
const ACTING_TEXT =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}(?:reports?|treat(?:y|ies)|laws?|bills?|resolutions?|statements?|plans?|decisions?|stud(?:y|ies)|letters?|agreements?|accords?|declarations?|documents?|proposals?|rulings?|decrees?)\b/;

/** "It also accused…", "It again…": words that say the sentence goes on with the same party. */
const GOES_ON = /^It\s+(?:\w+ly\s+)?(?:also|again|further|likewise)\b/;

/**
 * A body standing at the words that refer to it. "The bloc" opens a clause: even if the body
 * was last named as a place ("in Brussels"), here it is a party.
 */
function standIn(body: Actor, from: number, to: number, text: string, start: number): Actor {
  const possessive = /^['’]s?\b/.test(text.slice(to - start));
  return {
    ...body,
    start: from,
    end: to,
    from: -1,
    to: -1,
    via: "description",
    possessive,
    place: false,
  };
}

/** "the move", "the new sanctions": words that only point back to a measure told before. */
const BARE_ACT =
  /^(?:(?:new|latest|fresh|recent|proposed|planned|latter|same)\s+)?(move|decision|step|measures?|sanctions|restrictions|package|curbs|tariffs|ban|embargo)$/i;

const BARE_DOC = new RegExp(String.raw`^(${DOC_HEADS}|text|document|legislation)$`, "i");

/**
 * What a stance's target refers back to: the party that took the measure "the move" stands for,
 * and the state whose "government" an opponent attacks.
 */
export function resolveAnaphor(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget {
  // A party's executive is read as its state by the caller, once, whatever this returns.
  if (!("issue" in target)) return target;
  const restated = earlierStanceHead(target, memory) ?? sameHolderTarget(target, holder, memory);
  if (restated !== undefined) return restated;
  const trip = tripTaker(target, holder, memory);
  if (trip !== target) return trip;
  const met = meetingParticipant(target, holder, memory);
  if (met !== undefined) return met;
  const note = noteSent(target, holder, memory);
  if (note !== target) return note;
  const referent =
    bareEventReferent(target, holder, memory) ??
    sayingReferent(target, holder, memory) ??
    thoughtReferent(target, holder, memory);
  if (referent !== undefined) return referent;
  const bare = BARE_ACT.exec(target.issue);
  if (bare !== null) {
    // "the restrictions" after "visa restrictions"; "the move" after "the EU imposed sanctions".
    // The act named most fully: "visa restrictions" rather than a later "the restrictions".
    const act =
      memory.acts.find(
        (a) =>
          a.head.toLowerCase() === bare[1]?.toLowerCase() &&
          (a.owner !== undefined || a.phrase !== a.head),
      ) ??
      memory.acts.find((a) => a.owner !== undefined) ??
      memory.acts[0];
    if (act?.owner !== undefined && act.owner.key !== holder.key)
      return { actor: actingState(act.owner, holder) };
    if (act !== undefined) return act.owner === undefined ? issueTarget(act.phrase) : target;
  }
  // "Norway decided to close its embassy. Chile condemned the decision.": with no measure told
  // before, whoever did what the sentence before tells.
  const doer = previousDoer(target.issue, holder, memory);
  if (doer !== undefined) return { actor: doer };
  if (bare !== null) return shellState(target.issue, holder, memory) ?? target;
  // "The European Parliament adopted a resolution…. Kazakhstan rejected the resolution."
  const author = documentAuthor(target.issue, holder, memory);
  if (author !== undefined) return { actor: author };
  const doc = BARE_DOC.exec(bareText(target.issue))?.[1]?.toLowerCase();
  if (doc !== undefined) {
    // "criticised the text" after "the Nakamal Agreement": the document told of before.
    // Only words that say nothing of what the document is: "the deal" already names a deal.
    const named = /^(?:text|draft|document|legislation)$/.test(doc)
      ? memory.docs.find((d) => d.head !== "draft")
      : doc === "project"
        ? memory.docs.find((d) => d.head === doc)
        : undefined;
    if (named !== undefined) return issueTarget(named.phrase);
    // "The resolution, drafted by…. Russia criticised the text": a bare head told before.
    if (/^(?:text|draft|document)$/.test(doc) && memory.bareDoc !== undefined)
      return issueTarget(memory.bareDoc);
  }
  const kin = sameKindDoc(bareText(target.issue), memory);
  if (kin !== undefined) return issueTarget(kin);
  // "condemned the agreement" after "the Chagos treaty": the thing of its kind named before.
  const antecedent = bareAntecedent(target.issue, referentsBefore(memory));
  if (antecedent !== undefined) return issueTarget(antecedent);
  // "urges the council to approve assessed contributions. Washington opposed that option."
  const proposed = propositionOf(target.issue, memory.texts);
  if (proposed !== undefined) return issueTarget(proposed);
  // "criticised the federal government": a level of government is still the state's.
  // "slammed the government's response": a government's act is the government's.
  if (
    BARE_GOVERNMENT.test(target.issue) ||
    BARE_EXECUTIVE.test(target.issue) ||
    isGovernmentAct(target.issue)
  ) {
    const chosen = governed(holder, memory);
    // "the federal government": a federation's, though another state is named more.
    const state = federalState(target.issue, chosen, memory.states) ?? chosen;
    if (state !== undefined) return { actor: { ...holder, key: state, label: "Country" } };
  }
  return (
    describedBody(target, holder, memory) ??
    rulersState(target, holder, memory) ??
    shellState(target.issue, holder, memory) ??
    target
  );
}

/**
 * Bare words for a doing that say nothing of what it was: "the package", "the invitation", "the
 * sentence". ("The decision" is not among them: a story keys decisions it tells of as issues;
 * nor are words said, "the remarks", which answer a recent stance: sayingReferent.)
 */
const BARE_SHELL =
  /^(?:(?:latest|new|same|whole|recent)\s+)?(?:move|step|package|protest|invitation|sentence|test|request|condition|approach|gathering|episode|payment|increases|vote|measures?)$/i;

/**
 * "The Russian embassy condemned the package", with no doer of it in view: the state the story
 * names most, other than the opponent's own, is whose it is.
 */
function shellState(
  issue: string,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!BARE_SHELL.test(issue)) return undefined;
  const state = otherNamedState(holder, memory);
  return state === undefined ? undefined : stateTarget(holder, state);
}

/**
 * "the authorities", "the administration", "the cabinet": those who run the state, named by their
 * kind.
 */
const BARE_EXECUTIVE =
  /^(?:(?:new|current|national|central)\s+)?(?:authorities|administration|cabinet)$/i;

/**
 * The state "the government" is: the opponent's own, else the dateline's (unless the dateline is
 * only a lender's seat), else the one the article names most.
 */
function governed(holder: Actor, memory: OppositionMemory): string | undefined {
  if (holder.country !== undefined) return `country:${holder.country}`;
  // "In Slovakia, the opposition seized on the row": the state the passage is set in.
  const fronted = frontedHome(memory);
  if (fronted !== undefined) return fronted;
  const home = homeState();
  if (home !== undefined && !lenderSeat(home, memory)) return home;
  return mostNamedState(memory.states);
}

/**
 * "MANILA.- The Asian Development Bank approved $460 million for Mongolia": a story that opens
 * with a body and never names the dateline's state is datelined where the body sits, not where
 * its government is.
 */
function lenderSeat(home: string, memory: OppositionMemory): boolean {
  return memory.firstBody && !memory.states.has(home);
}
