import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { execAll } from "../text/exec-all.ts";
import { referentsIn, type Referent } from "./opposition-antecedent.ts";
import { isTitlePrefix } from "./opposition-title.ts";
import type { AuthoredDoc } from "./opposition-authored.ts";
import { letterGate } from "../text/letter-gate.ts";
import { organState } from "./stance-actor.ts";
import { FROZE, SHUNNED } from "./opposition-measure-words.ts";

/**
 * What earlier sentences of an article told that a later stance may point back to: "the
 * measures", "the bloc", "the government", "It criticised…". Stances are found one sentence at a
 * time, in order, so the memory lives here and starts afresh with an article's first sentence.
 */
export interface OppositionMemory {
  index: number;
  /** Measures and decisions told, latest first, with the party that took each if the text says. */
  acts: readonly Act[];
  /** Organisations named, latest first. */
  orgs: Actor[];
  /** "the Alliance of Sahel States (AES)": organisations by the abbreviation in brackets after them. */
  abbreviations: Map<string, Actor>;
  /** The organisation the last sentence was about, when it opened with one. */
  subjectOrg: Actor | undefined;
  /** How often each state has been named so far. */
  states: Map<string, number>;
  /** States named, latest first. */
  recentStates: Actor[];
  /** People named, latest first. */
  people: Actor[];
  /** The state the article's first sentence opens with, itself or by a person of it. */
  firstState: string | undefined;
  /** Whether that sentence opens with a body instead ("The Asian Development Bank approved…"). */
  firstBody: boolean;
  /** Agreements, laws and projects named with words of their own ("the Nakamal Agreement"). */
  docs: readonly { readonly phrase: string; readonly head: string }[];
  /** The last resolution, treaty or bill told by its bare head ("The resolution, drafted by…"). */
  bareDoc: string | undefined;
  /** Resolutions, communiqués and rulings told as adopted or issued by a body, latest first. */
  authored: readonly AuthoredDoc[];
  /** The article's sentences so far, the current one last ("that option" is in the last two). */
  texts: string[];
  /**
   * The agreements, attacks and plans named by the first `referentsRead` sentences of `texts`, in
   * order, each sentence read once and only when asked for (see referentsBefore).
   */
  referents: Referent[];
  referentsRead: number;
  /** What the latest stance was against. */
  lastTarget: OppositionTarget | undefined;
  /** Who held the latest stance: "the remarks" rejected later may be theirs. */
  lastHolder: Actor | undefined;
  /** The index of the sentence that told the latest stance. */
  lastStanceAt: number;
  /** The party the sentence before opened with: "Norway decided…" for a later "the decision". */
  lastSubject: Actor | undefined;
  /** What follows that party up to the next one: "extended the fishing ban on Monday". */
  lastPredicate: string;
}

export interface Act {
  readonly owner: Actor | undefined;
  readonly phrase: string;
  readonly head: string;
}

let memory: OppositionMemory = fresh();

function fresh(): OppositionMemory {
  return {
    index: -1,
    acts: [],
    orgs: [],
    abbreviations: new Map(),
    subjectOrg: undefined,
    states: new Map(),
    recentStates: [],
    people: [],
    firstState: undefined,
    firstBody: false,
    docs: [],
    bareDoc: undefined,
    authored: [],
    texts: [],
    referents: [],
    referentsRead: 0,
    lastTarget: undefined,
    lastHolder: undefined,
    lastStanceAt: -1,
    lastSubject: undefined,
    lastPredicate: "",
  };
}

/** The memory of the article a sentence belongs to: a first sentence starts a new one. */
export function recall(sentence: AnalyzedSentence): OppositionMemory {
  if (sentence.sentence.index <= memory.index) memory = fresh();
  memory.index = sentence.sentence.index;
  memory.texts.push(sentence.sentence.text);
  return memory;
}

/** Measures and decisions whose taker a later "the move" or "the sanctions" stands for. */
const ACT =
  /\b(sanctions|restrictions?|measures?|tariffs?|duty|duties|closures?|curbs|ban|embargo|levy|decision|move|package)\b/g;
const TAKING =
  /\b(?:impos|adopt|announc|approv|introduc|slap|extend|tighten|expand|order|took|made|decid)\w*\s+(?:[\w.'’-]+\s+){0,5}$/i;
/** A verb of getting round a measure, between a party and the measure it names. */
const DODGING = /^\s+(?:evade|circumvent|bypass|dodge|skirt|escape|avoid|defy|break|beat)\b/i;
/** A participle or gerund ends a noun phrase's modifiers, read backwards from its head. */
const VERB_FORM = /^[a-z-]+(?:ed|ing)$/;

/** " (AES)": the abbreviation a text gives in brackets right after a name. */
const ABBREVIATED = /^\s*\((\p{Lu}[\p{L}-]{1,9})\)/u;

/**
 * The agreements, attacks and plans the sentences before the current one named, in order: what a
 * bare "the deal" or "the attack" may stand for. Few stances need them, so they are read here.
 */
export function referentsBefore(memory: OppositionMemory): readonly Referent[] {
  for (; memory.referentsRead < memory.texts.length - 1; memory.referentsRead++)
    memory.referents.push(...referentsIn(memory.texts[memory.referentsRead]!));
  return memory.referents;
}

/** Keeps what a sentence told, and who held its last stance against what, for the sentences after it. */
export function rememberSentence(
  sentence: AnalyzedSentence,
  parties: readonly Actor[],
  lastStance: { readonly holder: Actor; readonly target: OppositionTarget } | undefined,
  stances: readonly { readonly holder: Actor; readonly verb: string }[] = [],
): void {
  const { text, start } = sentence.sentence;
  if (lastStance !== undefined) {
    memory.lastTarget = lastStance.target;
    memory.lastHolder = lastStance.holder;
    memory.lastStanceAt = sentence.sentence.index;
  }
  if (mayNameAct(text))
    for (const m of execAll(ACT, text)) rememberAct(text, start, m.index, m[0], parties);
  for (const s of stances) if (sanctions(s.verb)) rememberSanctioner(s.holder);
  if (mayNameDoc(text)) for (const m of execAll(DOC, text)) rememberDoc(text, m.index, m[0]);
  for (const a of parties) {
    if (a.label === "Person") memory.people = inFront(a, memory.people);
    if (a.label === "Organization" && a.via === "org") {
      memory.orgs = inFront(a, memory.orgs);
      const abbreviation = ABBREVIATED.exec(text.slice(a.end - start, a.end - start + 16));
      if (abbreviation?.[1] !== undefined) memory.abbreviations.set(abbreviation[1], a);
    }
    if (a.label === "Country" && a.via === "country" && !a.place) {
      memory.states.set(a.key, (memory.states.get(a.key) ?? 0) + 1);
      memory.recentStates = inFront(a, memory.recentStates);
    }
  }
  const subject = parties.find((a) => !a.place);
  memory.lastSubject = openingParty(text, start, subject);
  memory.lastPredicate = predicateAfter(text, start, memory.lastSubject, parties);
  // "Spanish Foreign Minister Albares held talks in Rabat…": whose home a later "At home" is.
  if (memory.texts.length === 1)
    memory.firstState =
      memory.lastSubject?.label === "Country"
        ? memory.lastSubject.key.slice(8)
        : memory.lastSubject?.country;
  memory.subjectOrg =
    subject?.label === "Organization" && !subject.possessive && subject.start - start < 40
      ? subject
      : undefined;
  if (memory.texts.length === 1) memory.firstBody = memory.subjectOrg !== undefined;
}

/**
 * `a`, then the parties of `list` with another key: `[a, ...list.filter(…)]` as a push loop, so
 * these lists come in one kind of array in every tier of V8 (packed-map.ts).
 */
function inFront(a: Actor, list: readonly Actor[]): Actor[] {
  const out = [a];
  for (const b of list) if (b.key !== a.key) out.push(b);
  return out;
}

/**
 * A verb that itself takes a measure against its object: "Washington sanctioned two officials",
 * "Britain blacklisted four judges", "Bern froze the bank accounts of…" (FROZE), "the Treasury
 * added two banks to its sanctions list" (a list SHUNNED names, as LISTED reads it).
 */
const SANCTIONING = new RegExp(String.raw`^(?:sanctioned|blacklisted|${FROZE})`, "i");

/** "added … to its sanctions list", "placed … on the entity list": the verb and the list. */
const LISTING = /^(?:add|plac|put)\w*\b.*?\b((?:[\w'’-]+\s+){0,3}(?:list|blacklist|register))\b/i;

/** Whether a stance's verb itself takes a measure against its object. */
function sanctions(verb: string): boolean {
  if (SANCTIONING.test(verb)) return true;
  const list = LISTING.exec(verb)?.[1];
  return list !== undefined && SHUNNED.test(list);
}

/**
 * "The Treasury sanctioned two shipping firms. Ashgabat protested against the measures": a
 * measure told by its verb is the sanctioner's, for a later "the sanctions" or "the measures".
 */
function rememberSanctioner(holder: Actor): void {
  const state = organState(holder);
  const owner: Actor = state === undefined ? holder : { ...holder, key: state, label: "Country" };
  memory.acts = [{ owner, phrase: "sanctions", head: "sanctions" }, ...memory.acts.slice(0, 5)];
}

/** "new European Union sanctions", "imposed sanctions": a measure and who took it. */
function rememberAct(
  text: string,
  start: number,
  index: number,
  head: string,
  parties: readonly Actor[],
): void {
  const before = modifiersBefore(text, index);
  const modifiers = before.length === 0 ? "" : `${before.join(" ")} `;
  const phraseAt = start + index - modifiers.length;
  const named = parties
    .filter((a) => a.start >= phraseAt && a.end <= start + index && !a.place)
    .at(-1);
  // "helping Moscow evade earlier restrictions": the party that evades a measure did not take it.
  const taker =
    named !== undefined && !DODGING.test(text.slice(named.end - start, index)) ? named : undefined;
  const owner =
    taker ??
    (TAKING.test(text.slice(0, phraseAt - start)) ? subjectOf(parties, phraseAt) : undefined);
  memory.acts = [{ owner, phrase: modifiers + head, head }, ...memory.acts.slice(0, 5)];
}

/** What "the text", "the deal" or "the project" may point back to. */
export const DOC_HEADS =
  "agreement|treaty|accord|pact|deal|declaration|memorandum|law|bill|regulation|directive|plan|project|proposal|resolution|draft|charter|convention|canal|dam|pipeline|programme|program";
const DOC = new RegExp(String.raw`\b(?:${DOC_HEADS})\b`, "gi");

/** ACT and DOC are read every sentence; most have none of their words (see letter-gate.ts). */
const mayNameAct = letterGate(ACT);
const mayNameDoc = letterGate(DOC);

/** "the Nakamal Agreement", "a security pact": a document or project named with its own words. */
function rememberDoc(text: string, index: number, head: string): void {
  const before = modifiersBefore(text, index);
  if (before.length === 0) {
    if (/^(?:resolution|treaty|bill|agreement|accord|declaration|convention)$/i.test(head))
      memory.bareDoc = head.toLowerCase();
    return;
  }
  const phrase = `${before.join(" ")} ${head}`.replace(/["“”‘’(]/g, "");
  memory.docs = [{ phrase, head: head.toLowerCase() }, ...memory.docs.slice(0, 5)];
}

/**
 * Words that never qualify a noun before it: pronouns, determiners, auxiliaries and the verbs a
 * measure is taken or answered with ("would take all measures", "called them 'coercive
 * measures'", "will agree common measures").
 */
const NOT_MODIFIER =
  /^(?:them|him|it|us|me|they|we|he|she|you|our|my|your|all|any|some|every|each|no|such|those|not|will|would|could|should|must|may|might|can|shall|do|does|did|be|been|take|adopt|impose|agree|lift|ease|introduce|extend|tighten|approve|announce|apply|enforce|consider|discuss|propose|reject|oppose|condemn|support|welcome|seek)$/i;

/** "new", "European", "U.S.", "Lisbon's": a word that may qualify a noun before it. */
function isModifier(word: string): boolean {
  const bare = word.replace(/["“”‘’(]/g, "");
  return (
    bare !== "" &&
    !VERB_FORM.test(bare) &&
    !/^(?:the|a|an|of|on|in|by|up|to|for|with|against|and|or|but|had|has|have|was|were|is|are|its|their|his|her|this|these|that|which)$/i.test(
      bare,
    ) &&
    !NOT_MODIFIER.test(bare)
  );
}

/** The party a clause opens with: the first one named, not as a place or an owner. */
function subjectOf(parties: readonly Actor[], before: number): Actor | undefined {
  return parties.find((a) => a.end <= before && !a.place && !a.possessive);
}

/** Up to three modifying words right before `index` ("new visa", "the Nakamal"), in order. */
function modifiersBefore(text: string, index: number): string[] {
  const words = text
    .slice(Math.max(0, index - 60), index)
    .split(/\s+/)
    .filter(Boolean);
  let kept = 0;
  while (kept < Math.min(3, words.length) && isModifier(words.at(-1 - kept) ?? "")) kept++;
  return kept === 0 ? [] : words.slice(-kept);
}

/**
 * What the stance of the sentence right before was against, if that sentence told one: '"It is
 * unacceptable," she said' after "Poland condemned the attack." judges the attack.
 */
export function previousTarget(memory: OppositionMemory): OppositionTarget | undefined {
  return memory.lastStanceAt === memory.index - 1 ? memory.lastTarget : undefined;
}

/**
 * The state the article names most other than the opponent's own (or, of no known state, other
 * than the opponent itself): whose "the package" or "the junta" is when no doer is in view.
 */
export function otherNamedState(holder: Actor, memory: OppositionMemory): string | undefined {
  const own = holder.country === undefined ? holder.key : `country:${holder.country}`;
  return mostNamedState(memory.states, (key) => key !== own && key !== holder.key);
}

/** A state found for a stance's target by what the article says of it, as that target. */
export function stateTarget(holder: Actor, state: string): OppositionTarget {
  return {
    actor: { ...holder, key: state, label: "Country", country: state.slice(8), via: "description" },
  };
}

/** The state the article being read has named most so far among those `keep` accepts. */
export function articleState(keep: (key: string) => boolean): string | undefined {
  return mostNamedState(memory.states, keep);
}

/** The latest organisation the article being read has named so far that `keep` accepts. */
export function latestOrg(keep: (a: Actor) => boolean): Actor | undefined {
  return memory.orgs.find(keep);
}

/**
 * The state the article has named most among those `keep` accepts (the first named of equals):
 * "the junta", "the federal government" told without their state.
 */
export function mostNamedState(
  states: ReadonlyMap<string, number>,
  keep: (key: string) => boolean = () => true,
): string | undefined {
  let best: string | undefined;
  let most = -Infinity;
  for (const [key, count] of states)
    if (count > most && keep(key)) {
      best = key;
      most = count;
    }
  return best;
}

/**
 * The party a sentence opens with as its subject, possessive or not: after nothing but a title
 * ("President Luis Abinader's government…") or a fronted phrase and its comma ("On Monday,
 * Norway…"); not a party inside a longer subject ("Trade between Honduras and China…"). `first` is the
 * sentence's first party that is no place.
 */
export function openingParty(
  text: string,
  start: number,
  first: Actor | undefined,
): Actor | undefined {
  if (first === undefined || first.start - start > 60) return undefined;
  const before = text.slice(0, first.start - start);
  return before.trim() === "" || isTitlePrefix(before) || FRONTED.test(before) ? first : undefined;
}

/** "On Monday, ", "In a surprise move, the ": a fronted phrase and its comma before a subject. */
const FRONTED = /^[^,]{1,40},\s*(?:the\s+)?$/i;

/** The words after a sentence's subject, up to the next party or 80 characters. */
function predicateAfter(
  text: string,
  start: number,
  subject: Actor | undefined,
  parties: readonly Actor[],
): string {
  if (subject === undefined) return "";
  const next = parties.find((a) => a.start >= subject.end);
  const end = Math.min(
    subject.end - start + 80,
    next === undefined ? text.length : next.start - start,
  );
  return text.slice(subject.end - start, end);
}
