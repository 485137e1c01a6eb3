import { rolePerson } from "./opposition-role-person.ts";
import { bareParticiple } from "./opposition-bare-participle.ts";
import { heldByCompound } from "./opposition-compound-holder.ts";
import { heldByCourt } from "./opposition-court-holder.ts";
import { refusesNoParty } from "./opposition-refusal.ts";
import { labelledStances, type LabelReaders } from "./opposition-labelled.ts";
import { reportedCharges } from "./opposition-reported-charge.ts";
import type { Actor } from "../resolve/actor.ts";
import { slugify } from "../text/slug.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { actorsBetween, leftClauseStart, rightClauseEnd } from "./clause.ts";
import { clauseWindow, modalityOf } from "./modality.ts";
import { asReportedFuture } from "./opposition-modality.ts";
import { reportingSpeaker, speechBeforePronoun, unresolvedPronoun } from "./opposition-speaker.ts";
import { unnamedSubjectVerb } from "./opposition-reported-subject.ts";
import { homeState, homeVoice, unnamedOrgan } from "./opposition-home.ts";
import { ownStateSpeaker } from "./opposition-own-state-speaker.ts";
import { stateVoice } from "./opposition-voice.ts";
import { countedStates } from "./opposition-counted.ts";
import { organOfIts, organOfThe, organPlaced } from "./opposition-organ-owner.ts";
import { AMONG_OPPONENTS, BARE_VOTE, mayVote, votedOn } from "./opposition-vote.ts";
import { earlierTarget, labelOnly, mayRestate, RESTATED } from "./opposition-restated.ts";
import { organInCapital, statesOfOrgan } from "./opposition-organs.ts";
import {
  BORDER_CLOSURE,
  BORDER_HINT,
  closedTo,
  namedAt,
  TERROR_DESIGNATION,
} from "./opposition-closure.ts";
import { PUNISHMENT, PUNISHMENT_HINT, threatened } from "./opposition-threats.ts";
import { titledPerson } from "./opposition-title.ts";
import { participleSpeaker, trailingVerdicts } from "./opposition-trailing-speaker.ts";
import { ownPastPredicate } from "./opposition-own-predicate.ts";
import { sentNoteAt } from "./opposition-sent-note.ts";
import { acronymParties } from "./opposition-acronym.ts";
import { pastStatedTime, pastTimeOwner } from "./opposition-time-owner.ts";
import { namedGovernment, ownedGovernment } from "./opposition-leader-government.ts";
import { contrastTarget } from "./opposition-contrast.ts";
import { frontedSubject, openingAsideEnd } from "./opposition-fronted.ts";
import { maySearchStances } from "./opposition-question.ts";
import { nominalSubject } from "./opposition-nominal.ts";
import { insideDeniedClaim } from "./opposition-denied-content.ts";
import {
  beforeAppositive,
  cityBody,
  CITY_BODY_HINT,
  coordinated,
  outsideRelativeClause,
  sharedSubjectParty,
  relativeAntecedent,
  sharesSubject,
  STATE_BODY,
  SENT_BY_STATE,
  withoutModifiers,
} from "./opposition-holder.ts";
import { bodyAfter, bodyBefore } from "./opposition-named-body.ts";
import { referredParties, withoutQualifiers, resolveAnaphor } from "./opposition-anaphora.ts";
import { namesTarget } from "./opposition-people-noun.ts";
import { namesMoreThanAThought } from "./opposition-light-noun.ts";
import { headClassTarget, isBareLightNoun } from "./opposition-head-class.ts";
import { namesMoreThanTimeOrCount } from "./opposition-phrase-bounds.ts";
import { recall, rememberSentence, type OppositionMemory } from "./opposition-memory.ts";
import {
  declaredPeople,
  DIPLOMATIC,
  DIPLOMATIC_HINT,
  diplomaticTarget,
  summonedSender,
  SUMMONS,
  envoyAddressee,
  NON_GRATA,
  NON_GRATA_HINT,
} from "./opposition-diplomacy.ts";
import { antecedentTarget, summaryTarget } from "./opposition-summary.ts";
import { bannedParty, LISTED, LISTED_HINT, listedParty } from "./opposition-bans.ts";
import { legalCases, LEGAL_NOUN_HINT } from "./opposition-legal.ts";
import {
  objectRelativeTarget,
  passiveTarget,
  targetOf,
  whatOf,
  type OppositionTarget,
} from "./opposition-target.ts";
import {
  activeMatches,
  EVALUATIVE,
  EVALUATIVE_LEXICAL,
  EXPERIENCER,
  HINTS,
  NOMINAL,
  DEMONYM_NOMINAL,
  MUTUAL,
  PASSIVE,
  RELATIVE_LEXICAL,
  RELATIVE_VERDICT,
  SAID_LEXICAL,
  SAID_VERDICT,
  objectIsParty,
} from "./opposition-verbs.ts";
import { execAll } from "../text/exec-all.ts";
import {
  packedMap,
  flattened,
  packedConcat,
  packedFilter,
  packedFlatMap,
} from "../text/packed-map.ts";
import { gatedTest, letterGate, mayMatch } from "../text/letter-gate.ts";
import { judgedAsVerdict, lexicalVerdicts } from "./opposition-valence.ts";
import { splitTold, TOLD_OF_ITSELF } from "./opposition-told.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";
import { partyAfterIssue, sameGrievance } from "./opposition-merge.ts";
import { turnedDownText } from "./opposition-turned-down-text.ts";
import { possessiveDecider } from "./opposition-decider.ts";
import { documentIssuer } from "./opposition-document-holder.ts";
import { toldAddresseeSpeaker } from "./opposition-told-addressee.ts";
import { isPosting } from "./opposition-posting.ts";
import { summonedForPurpose } from "./opposition-summoned-purpose.ts";
import { moreStances } from "./opposition-more-frames.ts";
import { imposedStances } from "./opposition-imposed-by.ts";
import { followedStances, similarMeasures } from "./opposition-follow-suit.ts";
import { objectPronounTarget } from "./opposition-object-pronoun.ts";
import { stances } from "./opposition-stances.ts";
import { opposedList } from "./opposition-target-list.ts";
import { controlVerbAt } from "./opposition-control-verb.ts";
import { accusationNouns, deniesOwnedCharge } from "./opposition-accusation-noun.ts";
import { hitWithMeasures } from "./opposition-sanction-instruments.ts";
import { furtherObjects } from "./opposition-further-objects.ts";
import { extraposedVerdicts, sourcedVerdicts } from "./opposition-sourced-verdict.ts";
import { reducedRelativeTarget } from "./opposition-reduced-relative.ts";
import { deniesSaying, turnsAway } from "./opposition-denied-claim.ts";
import { executiveState } from "./opposition-cabinet.ts";
import { givenUpOrDoubted } from "./opposition-undone.ts";
import { modifiesGroup } from "./opposition-group-subject.ts";
import { BLAME_STEMS } from "./opposition-reason.ts";

export interface OppositionMention {
  readonly holder: Actor;
  readonly target: OppositionTarget;
  readonly what: string;
  readonly verb: string;
  /** Where the verb stands in the body. */
  readonly at: number;
  /** A frame the rules do not decide (opposition-labelled.ts): the learned decision weighs it. */
  readonly learned?: true;
}

/**
 * The hints that decide which frames a sentence is searched with. Each is a search of the whole
 * sentence that most sentences fail; gatedTest answers "no" without it where the letters the hint
 * needs are missing, and is otherwise the hint's own test.
 */
const HAS = {
  active: either(gatedTest(HINTS.active), gatedTest(HINTS.lexicon)),
  evaluative: gatedTest(HINTS.evaluative),
  said: gatedTest(HINTS.said),
  passive: gatedTest(HINTS.passive),
  experiencer: gatedTest(HINTS.experiencer),
  diplomatic: gatedTest(DIPLOMATIC_HINT),
  legalNoun: gatedTest(LEGAL_NOUN_HINT),
  trade: gatedTest(/trad|exchang/i),
  resignation: gatedTest(/resign|step down|dissolve/i),
  targeting: gatedTest(/targeting/i),
  punishment: gatedTest(PUNISHMENT_HINT),
  border: gatedTest(BORDER_HINT),
  listed: gatedTest(LISTED_HINT),
  nonGrata: gatedTest(NON_GRATA_HINT),
  terror: gatedTest(/terror/i),
  cityBody: gatedTest(CITY_BODY_HINT),
  nominal: letterGate(NOMINAL),
};

/** Whether a text passes either of two tests, the second asked only when the first says no. */
function either(a: (text: string) => boolean, b: (text: string) => boolean) {
  return (text: string): boolean => a(text) || b(text);
}

/** Who condemns, criticises, rejects or sanctions what, in one sentence. */
export function findOppositions(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
): OppositionMention[] {
  const { text, start } = sentence.sentence;
  const memory = recall(sentence);
  const cities = HAS.cityBody(text);
  const named = withBranches(text, start, actors).filter(
    (a) =>
      (!a.place || a.label !== "Country" || a.via === "country") &&
      !(cities && cityBody(text, start, a)),
  );
  const referred = referredParties(text, start, named, memory);
  // Arrays handed on are built by push loops (packed-map.ts): V8 keeps one optimised version
  // of this function instead of compiling it again for each kind of array its callees return.
  const parties = flattened([
    withoutQualifiers(named, referred),
    referred,
    countedStates(text, start, named, memory),
    acronymParties(text, start, named, memory.orgs, memory.abbreviations),
  ]).sort((a, b) => a.start - b.start);
  const own = stancesIn(text, start, parties, memory);
  // Each stance's holder as the state or body it speaks for, its target as the article names it.
  const placed = (found: OppositionMention): OppositionMention[] => {
    const o = asPerson(text, start, found, parties);
    return packedMap(
      statesOfOrgan(text, start, o.holder, parties) ?? [
        ownStateSpeaker(text, start, o.holder, parties) ?? o.holder,
      ],
      (holder) => ({
        ...o,
        holder:
          homeVoice(text, start, holder, parties) ??
          organPlaced(text, start, holder, parties) ??
          stateVoice(text, start, holder, parties) ??
          namedGovernment(text, start, holder) ??
          organOfIts(text, start, holder, memory) ??
          organOfThe(text, start, holder, parties) ??
          summoningState(text, start, o, holder) ??
          holder,
        // "dismissed the objection" of Nepal's foreign ministry: the state whose organ it is.
        target: executiveState(
          resolveAnaphor(
            headClassTarget(o.target, { text, start, at: o.at, actors, parties, memory, holder }),
            holder,
            memory,
          ),
          holder,
        ),
      }),
    );
  };
  const all = packedFlatMap(
    flattened([
      own,
      followedStances(text, start, parties, own, memory, patternStances),
      similarMeasures(text, start, parties, memory.lastTarget),
    ]),
    placed,
  );
  const found = packedMap(all, (o) =>
    labelOnly(text, o.at - start + o.verb.length)
      ? { ...o, target: earlierTarget(all, o.at) ?? memory.lastTarget ?? o.target }
      : o,
  );
  rememberSentence(sentence, parties, found.at(-1), found);
  const stands = (o: OppositionMention): boolean =>
    namesTarget(o) &&
    namesMoreThanAThought(o) &&
    namesMoreThanTimeOrCount(o) &&
    !isBareLightNoun(o) &&
    !heldByCompound(text, start, o.holder) &&
    !heldByCourt(o.holder, o.verb, text.slice(o.at - start)) &&
    !refusesNoParty(text, start, o, parties) &&
    !deniesSaying(o.verb, o.what, () => saidBefore(text, start, o));
  // The labels the learned decision weighs (opposition-labelled.ts) stand beside the rules'
  // stances, never merged into them.
  const labelled = labelledStances(text, start, parties, own, READERS);
  return packedConcat(
    oneStancePerHolder(packedFilter(found, stands)),
    packedFilter(packedFlatMap(labelled, placed), stands),
  );
}

/** A stance with its holder read as the person a body's name only gave a role to (rolePerson). */
function asPerson(
  text: string,
  start: number,
  o: OppositionMention,
  parties: readonly Actor[],
): OppositionMention {
  const person = rolePerson(text, start, o.holder, o.at, parties);
  return person === undefined ? o : { ...o, holder: person };
}

/** The sentence before a stance's words as stated (all of it when they are not in it). */
function saidBefore(text: string, start: number, o: OppositionMention): string {
  const at = text.indexOf(o.what, Math.max(0, o.at - start - 120));
  return at < 0 ? text : text.slice(0, at);
}

/**
 * "Greenpeace Canada", "Transparency International Bangladesh": a state's name right after a
 * body's names the body's national branch; the two are one party.
 */
function withBranches(text: string, start: number, actors: readonly Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of actors) {
    const body = out.at(-1);
    if (body === undefined || !isBranch(text, start, body, a)) out.push(a);
    else {
      const name = text.slice(body.start - start, a.end - start);
      out[out.length - 1] = {
        ...body,
        end: a.end,
        key: `org:${slugify(name)}`,
        name,
        country: a.country,
      };
    }
  }
  return out;
}

/** Up to two capitalised words, then "and" or "or". */
const NAMES_THEN_AND = /^(?:\p{Lu}\p{L}*\s+){0,2}(?:and|or)\s/u;

function isBranch(text: string, start: number, body: Actor, a: Actor): boolean {
  return (
    a.label === "Country" &&
    body.label === "Organization" &&
    !body.possessive &&
    text.slice(body.end - start, a.start - start) === " " &&
    CAPITAL_FIRST.test(text.slice(a.start - start)) &&
    !/^['’]/.test(text.slice(a.end - start)) &&
    !NAMES_THEN_AND.test(text.slice(a.start - start))
  );
}

function stancesIn(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): OppositionMention[] {
  if (!maySearchStances(text, parties)) return [];
  const active = HAS.active(text) ? activeStances(text, start, parties, memory) : [];
  // Each hint is tested once: two frames share each of these.
  const evaluative = HAS.evaluative(text);
  const said = HAS.said(text);
  return flattened([
    HAS.passive(text) ? reversedStances(text, start, parties, PASSIVE) : [],
    HAS.experiencer(text) ? reversedStances(text, start, parties, EXPERIENCER) : [],
    active,
    HAS.diplomatic(text) ? diplomaticStances(text, start, parties, active) : [],
    evaluative ? evaluations(text, start, parties, active) : [],
    evaluative ? relativeVerdicts(text, start, parties) : [],
    said ? reportedVerdicts(text, start, parties, active) : [],
    said ? trailingVerdicts(text, start, parties, memory) : [],
    said ? reportedCharges(text, start, parties, active, READERS) : [],
    frontedAndNominal(text, start, parties),
    demonymNominals(text, start, parties),
    HAS.legalNoun(text) ? legalCases(text, start, parties) : [],
    HAS.trade(text) ? mutualStances(text, start, parties) : [],
    imposedStances(text, start, parties),
    accusationNouns(text, start, parties),
    hitWithMeasures(text, start, parties),
    sourcedVerdicts(text, start, parties),
    extraposedVerdicts(text, start, parties, patternStances),
    moreStances(text, start, parties, patternStances, isDenial, memory),
    HAS.resignation(text) ? resignationCalls(text, start, parties, memory.people) : [],
    HAS.targeting(text) ? targetedBy(text, start, parties, active) : [],
    text.includes(" be ") && HAS.punishment(text)
      ? patternStances(text, start, parties, PUNISHMENT, (m) =>
          actorTarget(threatened(m, start, parties)),
        )
      : [],
    HAS.border(text)
      ? patternStances(text, start, parties, BORDER_CLOSURE, (m) =>
          actorTarget(closedTo(start + m.index + m[0].length, parties)),
        )
      : [],
    HAS.listed(text)
      ? patternStances(text, start, parties, LISTED, (m) =>
          actorTarget(listedParty(m, start, parties)),
        )
      : [],
    HAS.nonGrata(text)
      ? patternStances(text, start, parties, NON_GRATA, (m) =>
          declaredPeople(m, start, parties).map((actor) => ({ actor })),
        )
      : [],
    HAS.terror(text)
      ? patternStances(text, start, parties, TERROR_DESIGNATION, (m) =>
          actorTarget(namedAt(start + m.index + m[0].length, parties)),
        )
      : [],
    mayVote(text)
      ? [
          ...patternStances(text, start, parties, BARE_VOTE, (m) =>
            COUNTED_VOTERS.test(text.slice(0, m.index)) ? undefined : votedOn(memory),
          ),
          ...patternStances(text, start, parties, AMONG_OPPONENTS, () => votedOn(memory)),
        ]
      : [],
    mayRestate(text) ? patternStances(text, start, parties, RESTATED, () => memory.lastTarget) : [],
  ]);
}

/** A party as the target of a stance, when there is one. */
function actorTarget(actor: Actor | undefined): OppositionTarget | undefined {
  return actor === undefined ? undefined : { actor };
}

/**
 * "to restate his objections" (against what was opposed before), "has warned that González will
 * be arrested" (against the one threatened): the subject of a pattern's verb opposes the target
 * the match names.
 */
function patternStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  pattern: RegExp,
  targetIn: (m: RegExpExecArray) => OppositionTarget | readonly OppositionTarget[] | undefined,
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(pattern, text)) {
    const found = targetIn(m);
    if (found === undefined || qualified(text, m.index)) continue;
    const holders = subjectsOf(text, start, start + m.index, parties, [], m[0]);
    for (const t of [found].flat()) out.push(...stances(holders, t, m[0], start + m.index));
  }
  return out;
}

/** "sanctioned", "blacklisted": a verb that is itself the measure. */
const SANCTION_VERB = /^(?:sanction|blacklist)\w*$/i;

/**
 * "Rubio accused Pretoria of… and criticised a new law": what one party says against several
 * things in one sentence is one stance, told by its first verb; the rest is part of what it says.
 * A second finite verb against a party it had not named ("condemned the project and accused
 * Haitian authorities of…", "accused Beijing… and criticised the Castro government") is a stance
 * of its own; a participle (", accusing…") is not.
 */
function oneStancePerHolder(found: readonly OppositionMention[]): OppositionMention[] {
  const first = new Map<string, OppositionMention>();
  const separate: OppositionMention[] = [];
  for (const o of [...found].sort((a, b) => a.at - b.at)) {
    const kept = first.get(o.holder.key);
    if (kept === undefined) first.set(o.holder.key, o);
    // "sanctioned four exchange houses and a businessman, Musa Danjuma": one sanction, two
    // objects, each opposed (opposition-further-objects.ts).
    else if (o.at === kept.at && SANCTION_VERB.test(o.verb) && "issue" in kept.target)
      separate.push(o);
    else if (partyAfterIssue(kept, o))
      first.set(o.holder.key, { ...o, what: `${kept.what}; ${o.what}` });
    else if (isNewParty(o, kept) && !/ing\b/i.test(o.verb) && !sameGrievance(kept, o))
      separate.push(o);
    else if (!kept.what.includes(o.what))
      first.set(o.holder.key, { ...kept, what: `${kept.what}; ${o.what}` });
  }
  return [...first.values(), ...separate];
}

/** A verb against a party that the holder's first stance did not name: a stance of its own. */
function isNewParty(o: OppositionMention, kept: OppositionMention): boolean {
  return (
    "actor" in o.target && !("actor" in kept.target && kept.target.actor.key === o.target.actor.key)
  );
}

/**
 * "The veto was condemned by Washington, Seoul and Tokyo", "a deal which alarmed Canberra":
 * the parties after the verb hold the stance, and what stands before it is opposed.
 */
function reversedStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  pattern: RegExp,
): OppositionMention[] {
  const found: OppositionMention[] = [];
  // PASSIVE's hint is "by" or "from", in most sentences; its participles and nouns are not.
  if (!mayMatch(pattern, text)) return found;
  let previous: OppositionTarget | undefined;
  for (const m of execAll(pattern, text)) {
    const at = start + m.index;
    const end = at + m[0].length;
    if (qualified(text, m.index)) continue;
    const body = bodyAfter(text, start, end, parties);
    const after = actorsBetween(parties, end, rightClauseEnd(text, start, end));
    const holders =
      body === undefined
        ? coordinated(text, start, after, "forward").map((h) => titledPerson(text, start, h, after))
        : [body];
    // "rejected by Serbia and criticised by Russia": the second verb shares the first's subject.
    const target = /^and\b/i.test(m[0])
      ? previous
      : /^but\b/i.test(m[0])
        ? (previous ?? contrastTarget(text, start, at, parties))
        : m[3] === undefined
          ? passiveTarget(text, start, at, parties)
          : (summaryTarget(text, start, end, parties) ??
            reducedRelativeTarget(text, start, at, m[2] ?? m[3], parties));
    previous = target;
    if (target === undefined) continue;
    // "Norway's statement and Sweden's remarks were condemned by…": each owner is opposed.
    for (const each of m[3] === undefined ? opposedList(text, start, target, parties) : [target])
      for (const holder of holders) {
        if ("actor" in each && holder.key === each.actor.key) continue;
        found.push({
          holder,
          target: each,
          what: whatOf(each),
          verb: m[1] ?? m[2] ?? m[4] ?? m[0],
          at,
        });
      }
  }
  return found;
}

/** "…issued a communiqué", "…with a joint statement": a text its issuer puts out, before "that". */
const ISSUED_STATEMENT =
  /\b(?:issu\w*|adopt\w*|releas\w*|publish\w*|sign\w*|agree\w*|with|in)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|declaration|resolution|letter)\s*,?\s*$/i;

/**
 * "to reject, once again, any unilateral action", "condemned, in the strongest terms, the raid":
 * an adverbial set off by commas between a verb and its object is passed over.
 */
const ASIDE =
  /^,\s*(?:once\s+again|yet\s+again|again|in\s+turn|however|also|too|for\s+(?:its|his|her|their)\s+part|in\s+(?:the\s+strongest\s+(?:possible\s+)?|no\s+uncertain\s+)terms|in\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|speech|letter|post|interview)(?:\s+on\s+\w+day)?|\w+ly),\s*/i;

/** Where the object of a verb ending at `end` begins, past an aside set off by commas. */
function afterAside(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - start) !== 44) return end;
  const m = ASIDE.exec(text.slice(end - start));
  return m === null ? end : end + m[0].length;
}

/** A number of voters, or the rest of them, right before "voted": no party is named. */
const COUNTED_VOTERS =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|all|none|others|the\s+rest)\s+(?:(?:other\s+)?(?:members|countries|states|delegations|lawmakers|legislators|deputies|senators|MPs)\s+)?(?:(?:also|then|later)\s+)?$/i;

/**
 * "raised no objection to the study", "voiced no opposition to the plan": a stance noun told as
 * absent says there was none.
 */
const NONE_VOICED =
  /^(?:rais|voic|express|lodg|register|stat|reiterat|conve|fil|sound)\w*\s+(?:["“]?[\w'’-]+\s+)?no\s/i;

/** A passive's auxiliary, maybe with an adverb, right before a participle: "who was barred". */
const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i;

/**
 * "Abbas, who was barred by Washington from travelling": a participle after a passive's
 * auxiliary, its doer after "by", is suffered by the subject, not done by it.
 */
function suffered(text: string, index: number, verb: string): boolean {
  const participle = /^[a-z]+ed\b/i.exec(verb)?.[0];
  return (
    participle !== undefined &&
    /^\s+by\s/i.test(text.slice(index + participle.length)) &&
    AUXILIARY_BEFORE.test(text.slice(Math.max(0, index - 30), index))
  );
}

/**
 * A determiner or a preposition, a bare verb after "to", or a participle in "-ing" but "being":
 * what stands before a noun's adjective ("carrying sanctioned oil").
 */
const BEFORE_ADJECTIVE =
  /\b(?:of|the|a|an|its|their|his|her|our|these|those|other|several|more|some|for|with|from|into|to\s+\p{Ll}+|(?!being\b)\p{Ll}{3,}ing)\s+$/u;

/**
 * "added the firm to its list of sanctioned entities", "to route sanctioned goods to Russia",
 * "a tanker carrying sanctioned oil from Iran": a lone participle after a determiner, a
 * preposition or a verb describes the noun after it; it is no verb with a subject of its own.
 */
function attributive(text: string, index: number, verb: string): boolean {
  return (
    /^\p{Ll}+ed$/u.test(verb) && BEFORE_ADJECTIVE.test(text.slice(Math.max(0, index - 30), index))
  );
}

/**
 * " directly to ", " formally with ": an adverb between a bare "protested" and its addressee, which
 * the object reading would take for the start of a phrase ("directly to Wang Yi"). Without one
 * ("protested to Chile on Monday") the verb keeps the readings it had: on dev, reading every such
 * addressee added stances whose holders were misread more than it found.
 */
const ADDRESSED_AFTER = /^\s+(?:\w+ly|again|also)\s+(?:to|with)\s/i;

/** "Russia vetoed the resolution": the subject before the verb opposes its object. */
function activeStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): OppositionMention[] {
  const found: OppositionMention[] = [];
  for (const m of activeMatches(text)) {
    const at = start + m.index;
    if (/\bby$/.test(m[0]) && PASSIVE.test(text.slice(m.index - 20, m.index + m[0].length + 3)))
      continue;
    if (qualified(text, m.index) || NONE_VOICED.test(m[0])) continue;
    if (suffered(text, m.index, m[0])) continue;
    if (attributive(text, m.index, m[0])) continue;
    // "two banks, accused of helping Moscow": a participle describing what precedes it.
    if (/^accus/i.test(m[0]) && /^\s+of\b/i.test(text.slice(m.index + m[0].length))) continue;
    // "accused Hungary of blocking aid": what the accused is said to do is the charge, not a stance.
    if (/\baccus\w*\s+[^,;]{1,80}?\bof\s+(?:\w+ing\s+and\s+)?$/i.test(text.slice(0, m.index)))
      continue;
    if (!objectIsParty(m[0], text.slice(m.index + m[0].length))) continue;
    // "Four members voted in favour, nine voted against": a count of voters names no party.
    if (/^vot/i.test(m[0]) && COUNTED_VOTERS.test(text.slice(0, m.index))) continue;
    // "warned Riyadh against playing with fire": the party warned is the one opposed.
    const warned = /^(?:warn|caution)/i.test(m[0])
      ? actorsBetween(parties, at, at + m[0].length).find((a) => !a.possessive)
      : undefined;
    // "warned reporters that…": a warning told to no party is no stance against anyone.
    if (warned === undefined && /^warn\w*\s.*\bthat$/is.test(m[0])) continue;
    // "protested directly to Wang Yi": the addressee is opposed; a protest addressed to no party
    // names nothing opposed.
    const to = /^protest\w*$/i.test(m[0])
      ? ADDRESSED_AFTER.exec(text.slice(m.index + m[0].length))
      : null;
    const addressee =
      to === null ? undefined : envoyAddressee(text, start, at, m[0] + to[0], parties);
    if (to !== null && addressee === undefined) continue;
    let named =
      actorTarget(warned ?? addressee) ??
      actorTarget(
        envoyAddressee(text, start, at, m[0], parties) ??
          bannedParty(text, start, at, m[0], parties),
      ) ??
      targetOf(
        text,
        start,
        pastTimeOwner(
          text,
          start,
          pastStatedTime(text, start, afterAside(text, start, at + m[0].length)),
        ),
        parties,
        m[0],
      ) ??
      summaryTarget(text, start, at, parties) ??
      objectRelativeTarget(text, start, at, parties);
    // "summoned the Dutch ambassador over the remarks": the envoy's sender, for a reason that
    // names no party.
    const summoner =
      named !== undefined && "issue" in named
        ? summonedSender(
            text,
            start,
            summonedForPurpose(text, start, at) ?? at,
            at + m[0].length,
            parties,
          )
        : undefined;
    if (summoner !== undefined) named = { actor: summoner };
    if (named !== undefined && isDenial(m[0], named)) continue;
    if (deniesOwnedCharge(m[0], text.slice(m.index + m[0].length))) continue;
    const holders = subjectsOf(text, start, at, parties, found, m[0]).map(
      (h) => reportingSpeaker(text, start, h, parties) ?? h,
    );
    const target =
      named ?? objectPronounTarget(text, start, at + m[0].length, parties, holders, memory);
    if (target === undefined) continue;
    for (const each of [
      ...opposedList(text, start, target, parties),
      ...furtherObjects(text, start, at + m[0].length, m[0], parties),
    ])
      found.push(...stances(holders, each, m[0], at));
  }
  return found;
}

/**
 * "Foreign Minister X summoned the EU envoy", "…summoned the ambassador to protest against…": an
 * official who summons or expels a foreign envoy acts for their state, else for the dateline's.
 */
function summoningState(
  text: string,
  start: number,
  o: OppositionMention,
  holder: Actor,
): Actor | undefined {
  if (holder.label !== "Person") return undefined;
  const summons = SUMMONS.test(o.verb) || summonedForPurpose(text, start, o.at) !== undefined;
  // An official of no stated state summons in the state the story is datelined in.
  const state = holder.country === undefined ? homeState() : `country:${holder.country}`;
  if (!summons || state === undefined) return undefined;
  if ("actor" in o.target && o.target.actor.key === state) return undefined;
  return { ...holder, key: state, label: "Country", country: state.slice(8) };
}

/**
 * "Poland expelled three Russian diplomats", "recalled its ambassador from Sudan": a diplomatic
 * measure against a state, unless a stated reason already made it a stance ("… over the plot").
 */
function diplomaticStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
): OppositionMention[] {
  const found: OppositionMention[] = [];
  for (const m of execAll(DIPLOMATIC, text)) {
    const at = start + m.index;
    if (qualified(text, m.index) || earlier.some((o) => o.at === at)) continue;
    const target = diplomaticTarget(text, start, m, parties);
    if (target === undefined) continue;
    for (const holder of subjectsOf(text, start, at, parties, earlier, m[0])) {
      if (target.key === holder.key) continue;
      found.push({ holder, target: { actor: target }, what: target.key, verb: m[0], at });
    }
  }
  return found;
}

/**
 * "Dahal rejected the charge", "dismissed suggestions that…": turning away an accusation is a
 * denial, not a stance against anyone; so is turning away a part in something ("rejected any link
 * to the incident", "rejected any role in the attack").
 */
function isDenial(verb: string, target: OppositionTarget): boolean {
  return (
    turnsAway(verb) &&
    "issue" in target &&
    (/^(?:\w+\s+){0,2}?(?:accusations?|charges?|allegations?|claims?|criticism|suggestions?|assertions?|reports?)\b/i.test(
      target.issue,
    ) ||
      OWN_PART.test(target.issue))
  );
}

/** "link to the incident", "role in the attack": a party's own part in what the rest names. */
const OWN_PART =
  /^(?:any\s+)?(?:links?|ties|connections?|involvement|role|part|complicity|responsibility)\s+(?:to|with|in|for)\b/i;

/** The words just before a verb deny it or make it hypothetical: no stance is stated. */
function qualified(text: string, index: number): boolean {
  // Only the verb's own clause counts: "…, which would double royalties, was criticised". A
  // quotation or a clause closed before "and" is another predicate's: 'would "not be bullied"
  // and accused Washington'.
  const window = ownPastPredicate(
    clauseWindow(text, index, 30).replace(/^.*["”]\s*(?:and|but)\s+/s, ""),
    text.slice(index, index + 24),
  );
  // "were divided over how hard to push back against Washington": an open question, not a stance.
  if (/\b(?:how|whether)\b[^,]*\bto\s+(?:\w+\s+)?$/i.test(window)) return true;
  // "has stopped criticising", "ended its boycott of", "was unlikely to protest": none holds now.
  if (givenUpOrDoubted(window)) return true;
  const wide = clauseWindow(text, index, 90);
  if (insideDeniedClaim(wide)) return true;
  const modality = modalityOf(asReportedFuture(window, wide));
  return modality === "negated" || modality === "hypothetical";
}

/**
 * The subject of a verb at `at`: the party or list of parties nearest before it in its clause,
 * or, for a verb that shares the subject of an earlier one ("… and accused"), that subject.
 */
function subjectsOf(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
  verb: string,
): Actor[] {
  // "Asked about the Seoul meeting, the spokesman demanded…": the aside names no subject.
  const aside = openingAsideEnd(text);
  if (aside > 0 && at - start > aside && parties.some((a) => a.start - start < aside))
    return subjectsOf(
      text,
      start,
      at,
      parties.filter((a) => a.start - start >= aside),
      earlier,
      verb,
    );
  const head = text.slice(0, at - start);
  const ing = /ing\b/i.test(verb);
  const participle = ing && (/,\s*$/.test(head) || bareParticiple(text, start, at, parties));
  // "criticised China for refusing to accept…", "accused the army of blocking…": what a critic
  // blames a party for doing is the critic's charge, not a stance the party is heard to hold.
  if (ing && BLAMED_FOR.test(head)) return [];
  // "praised its cooperation in blocking…", "welcomed Norway's role in halting…": a doing told as
  // what another's noun is in is that party's deed, judged by the subject, no stance of either.
  if (ing && OWNED_DEED.test(head)) return [];
  // "Deploring the quotas, Chile said…": an opening participle has the main clause's subject.
  if (ing && head.trim() === "") return frontedSubject(text, start, parties);
  const sent = ing && !participle ? sentNoteAt(head) : -1;
  if (sent >= 0) return subjectsOf(text, start, start + sent, parties, earlier, "sent");
  // "Nebenzia told the Security Council that his country rejected…": the speaker's state, not
  // the body addressed.
  const told = toldAddresseeSpeaker(text, start, at);
  if (told !== undefined) return subjectsOf(text, start, told, parties, earlier, "said");
  // "Iran summoned the ambassador to protest against…": an infinitive of purpose has the
  // subject of its clause's main verb.
  const purpose = /\bto\s+(?:\w+ly\s+)?$/i.test(head);
  // "calls to boycott Maldivian resorts trended": calls made by nobody named hold no stance.
  if (
    purpose &&
    /(?<!\b(?:its|their|his|her|our|my|[\w.-]+['’]s?)\s+)\b(?:calls|appeals|demands|campaigns?)\s+to\s+$/i.test(
      head,
    )
  )
    return [];
  // "The ministry summoned the EU ambassador, Pawel Nowak, to protest…": the one who summons.
  const summoned = purpose ? summonedForPurpose(text, start, at) : undefined;
  if (summoned !== undefined)
    return subjectsOf(text, start, summoned, parties, earlier, "summoned");
  // "Belgian union leader Marc Dubois vowed to block…": the one who vows.
  const control = purpose ? controlVerbAt(head) : -1;
  if (control >= 0) return subjectsOf(text, start, start + control, parties, earlier, "vowed");
  // "the World Bank's decision to halt lending": the one whose decision it is.
  const decider = purpose ? possessiveDecider(head, start, parties) : undefined;
  if (decider !== undefined) return [decider];
  const closing = participle ? participleSpeaker(text, start, at, parties) : undefined;
  if (closing !== undefined) return [closing];
  if (sharesSubject(text, start, at) || participle || purpose) {
    const before = earlier.at(-1);
    if (before !== undefined) return [before.holder];
    // "Russia's ambassador to the EU, Kirill Logvinov, … and warned": the envoy, not the posting.
    const first = withoutModifiers(text, start, parties).find(
      (a) => a.end <= at && !a.possessive && !a.place && !isPosting(text, start, a),
    );
    if (first !== undefined && modifiesGroup(text, start, first)) return [];
    // "The ministry said it expected Kyiv to act and warned…": the speaker's verb, not Kyiv's.
    const said = first === undefined ? undefined : unnamedSubjectVerb(text, start, first);
    const speaker = said === undefined ? [] : subjectsOf(text, start, said, parties, [], "said");
    if (speaker.length > 0) return speaker;
    // "Both leaders used the occasion to attack…": a plural description stands for each of them.
    if (first !== undefined) {
      const state = sharedSubjectParty(text, start, first, parties);
      if (state !== undefined) return [state];
      // "Austrian Chancellor Karl Nehammer called… to restate": the titled person, not the demonym.
      const person = titledPerson(text, start, first, parties);
      if (person !== first) return [person];
      // "France, Britain and Germany triggered…, accusing Tehran": each of a listed subject.
      const list = parties.filter((a) => a.start >= first.start && a.end <= at && !a.place);
      return coordinated(text, start, list, "forward");
    }
  }
  if (unresolvedPronoun(text, start, at, parties)) {
    // "Russia's embassy said it regretted…": the speaker of the clause "it" opens.
    const said = speechBeforePronoun(text, start, at);
    if (said === undefined) return [];
    const organ = unnamedOrgan(text, start, said, parties);
    return organ.length > 0 ? organ : subjectsOf(text, start, said, parties, [], "said");
  }
  const speaker = quotedSpeaker(text, start, at, parties);
  if (speaker !== undefined) return [speaker];
  // "The G7 ended its talks with a joint statement that condemned…": what a statement the
  // clause's subject issued says is that subject's stance.
  const issued = /\b(?:that|which)\s+(?:\w+ly\s+)?$/.exec(head);
  // "vetoed a resolution that condemned Israel": the text's stance, not the vetoing party's.
  if (issued !== null && turnedDownText(text.slice(0, issued.index))) return [];
  if (issued !== null && ISSUED_STATEMENT.test(text.slice(0, issued.index))) {
    const issuer = withoutModifiers(text, start, parties).find(
      (a) => a.end <= start + issued.index && !a.possessive && !a.place,
    );
    if (issuer !== undefined) return [issuer];
  }
  // "The United States, which has blacklisted Dodik since 2017": the relative pronoun's antecedent.
  const relative = /(?:,\s*)?\b(?:which|who)\s+(?:\w+\s+){0,2}$/i.exec(head);
  // "…, which Russia rejected": a party between the pronoun and the verb is the subject itself.
  const ownSubject =
    relative !== null && parties.some((a) => a.start >= start + relative.index && a.end <= at);
  if (relative !== null && !ownSubject) {
    // "the UN Group of Human Rights Experts on Nicaragua, which condemned": the body, not the
    // state its name is about.
    const antecedent = relativeAntecedent(text, start, relative, parties);
    // "criticised the authorities over the arrest of student activists who had marched against
    // the project": the pronoun stands for the noun right before it, which no party names.
    if (
      antecedent !== undefined &&
      PARTYLESS_ANTECEDENT.test(text.slice(antecedent.end - start, relative.index))
    )
      return [];
    // "the union confederations Cartel Alfa and BNS, which accuse": each of a listed antecedent.
    if (antecedent !== undefined && !antecedent.place) {
      const list = coordinated(
        text,
        start,
        parties.filter((a) => a.end <= antecedent.end && !a.possessive),
        "backward",
      );
      return list[0] === antecedent
        ? list.filter((a) => a.label === antecedent.label)
        : [antecedent];
    }
  }
  // "The Bishkek declaration condemned…": a summit's text speaks for the body that met.
  const issuer = documentIssuer(text, start, at, parties);
  if (issuer !== undefined) return [issuer];
  const subjectEnd = beforeAppositive(text, start, outsideRelativeClause(text, start, at), parties);
  const body = bodyBefore(text, start, subjectEnd, parties);
  if (body !== undefined) return [body];
  const clause = actorsBetween(parties, leftClauseStart(text, start, subjectEnd), subjectEnd);
  // "Business groups in both countries criticised…": a group's state is not its holder.
  const nearest = clause.at(-1);
  if (nearest !== undefined && modifiesGroup(text, start, nearest)) return [];
  // "Pakistan's foreign office rejected…": a state's body named in lowercase speaks for the state,
  // even after other parties earlier in the clause ("…telephoned the emir, and the kingdom's
  // foreign ministry condemned").
  const owner = clause.filter((a) => a.possessive).at(-1);
  if (
    owner !== undefined &&
    owner.label === "Country" &&
    STATE_BODY.test(text.slice(owner.end - start, subjectEnd - start))
  )
    return [{ ...owner, possessive: false }];
  // "The Chinese mission to the United Nations condemned…": the state that sent it, not where.
  const sender = clause[0];
  if (
    sender?.label === "Country" &&
    !sender.possessive &&
    SENT_BY_STATE.test(text.slice(sender.end - start, subjectEnd - start))
  )
    return [sender];
  const left = clause.filter((a) => !a.possessive && !a.place);
  if (left.length > 0) return coordinated(text, start, left, "backward");
  const led = owner === undefined ? undefined : ownedGovernment(text, start, owner, subjectEnd);
  if (led !== undefined) return [led];
  const placed = organInCapital(text, start, clause, subjectEnd);
  if (placed !== undefined) return [placed];
  return clause.length === 0 ? unnamedOrgan(text, start, subjectEnd, parties) : [];
}

/**
 * "criticised X for ", "accused the government of ": a charge's verb, its object, then "for" (or
 * "of" after "accuse"). Not "criticised the Polish strategy of opposing…", where "of" tells what
 * the noun is and its party's stance stands.
 */
const BLAMED_FOR = new RegExp(
  String.raw`\b(?:(?:${BLAME_STEMS})\w*\s+(?:[^\s.;,]+\s+){1,8}?for|accus\w*\s+(?:[^\s.;,]+\s+){1,8}?(?:of|for))\s+(?:\w+ly\s+)?$`,
  "i",
);

/** "its cooperation in ", "Norway's key role in ": a noun owned by a party, then "in". */
const OWNED_DEED =
  /\b(?:its|their|his|her|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[a-z-]+\s+){0,2}?(?:cooperation|help|role|part|efforts?|work|success|assistance|support|leadership)\s+in\s+(?:\w+ly\s+)?$/u;

/**
 * What may stand between a party and a relative pronoun that stands for something else: a
 * phrase after a preposition that ends on a noun in lowercase, with no comma ("… over the arrest
 * of dozens of student activists who"; not "Shiuna, a deputy minister for youth, who").
 */
const PARTYLESS_ANTECEDENT =
  /^[^,]*\b(?:of|over|for|against|with|to|from|about|among|on|by)\s+(?:[\w'’-]+\s+){0,5}?\p{Ll}[\p{L}-]*\s*$/u;

/** "the case against", "the sanctions on", "the aid to": a noun aimed at the party after it. */
const AIMED_AT = /\b\w+\s+(?:against|on|to|for)\s+(?:the\s+)?$/i;

/**
 * "called the veto 'a disgrace'", "described the closures as illegal": a verdict on something
 * is a stance against it, held by the subject of the verb. Only for a sentence HINTS.evaluative
 * lets through.
 */
function evaluations(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
): OppositionMention[] {
  const found: OppositionMention[] = [];
  for (const m of lexicalVerdicts(EVALUATIVE, EVALUATIVE_LEXICAL, text)) {
    // "criticised what he called illegal flights": the verdict is the speaker's, told by the verb.
    if (/\bwhat\s+(?:he|she|it|they|we|critics)\s+$/i.test(text.slice(0, m.index))) continue;
    const at = start + m.index;
    if (qualified(text, m.index)) continue;
    const object = (m[1] ?? "").replace(/["“”]/g, "").trim();
    if (object === "") continue;
    const objectStart = at + m[0].indexOf(m[1] ?? "");
    // "called the case against Dodik political": one a noun is aimed at is not what is judged.
    const named = parties.find(
      (a) =>
        a.start >= objectStart &&
        a.end <= objectStart + object.length + 1 &&
        !a.possessive &&
        !AIMED_AT.test(text.slice(objectStart - start, a.start - start)),
    );
    const target =
      named !== undefined && text.slice(named.end - start).trim().length > 0
        ? { actor: named }
        : targetOf(text.slice(0, objectStart - start + object.length), start, objectStart, parties);
    if (target === undefined || !judgedAsVerdict(m, target)) continue;
    found.push(...stances(subjectsOf(text, start, at, parties, earlier, m[0]), target, m[0], at));
  }
  return found;
}

/** "…, a trip that Beijing called a provocation": the relative clause's subject judges its noun. */
function relativeVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const found: OppositionMention[] = [];
  for (const m of lexicalVerdicts(RELATIVE_VERDICT, RELATIVE_LEXICAL, text)) {
    const at = start + m.index;
    const speakerAt = at + m[0].indexOf(m[2] ?? "", (m[1] ?? "").length);
    const speakers = actorsBetween(parties, speakerAt, speakerAt + (m[2] ?? "").length);
    const holders = coordinated(
      text,
      start,
      speakers.filter((a) => !a.possessive),
      "backward",
    );
    const target = antecedentTarget(text, start, at, parties);
    if (target === undefined || !judgedAsVerdict(m, target) || qualified(text, m.index)) continue;
    found.push(...stances(holders, target, m[0], at));
  }
  return found;
}

/**
 * "Russia's foreign ministry said the sanctions were illegitimate": the speaker of a verdict on
 * something holds a stance against it.
 */
function reportedVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
): OppositionMention[] {
  const found: OppositionMention[] = [];
  for (const m of lexicalVerdicts(SAID_VERDICT, SAID_LEXICAL, text, true)) {
    const at = start + m.index;
    const caughtStart = at + m[0].indexOf(m[1] ?? "");
    // "told his counterpart the duties were…": the one told is not what is judged, unless the
    // verdict is on itself ("warned Baku that it was playing with fire").
    const told = splitTold(m[0], (m[1] ?? "").trim());
    const ofItself = told.addresseeLength > 0 && TOLD_OF_ITSELF.test(told.subject.trim());
    const subject = ofItself ? "" : told.subject.trim();
    const subjectStart = caughtStart + told.addresseeLength;
    if (qualified(text, m.index)) continue;
    if (!ofItself && /^(?:it|this|that|they|he|she|we|i)?$/i.test(subject)) continue;
    const target = ofItself
      ? targetOf(
          text.slice(0, subjectStart - start).replace(/\s+that\s+$/i, ""),
          start,
          caughtStart,
          parties,
        )
      : targetOf(
          text.slice(0, subjectStart - start + subject.length),
          start,
          subjectStart,
          parties,
        );
    if (target === undefined || (ofItself && !("actor" in target)) || !judgedAsVerdict(m, target))
      continue;
    found.push(...stances(subjectsOf(text, start, at, parties, earlier, m[0]), target, m[0], at));
  }
  return found;
}

/**
 * "Condemning the attack, Sharif said…" (the subject after the comma) and "Modi's criticism of the
 * blockade" (the possessor): stances stated without a finite verb.
 */
function frontedAndNominal(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of HAS.nominal(text) ? execAll(NOMINAL, text) : []) {
    const holder = parties.filter((a) => a.possessive && a.end <= start + m.index + 2).at(-1);
    const target = targetOf(nominalSubject(text, m), start, start + m.index + m[0].length, parties);
    if (holder !== undefined && target !== undefined)
      out.push({ holder, target, what: whatOf(target), verb: m[0], at: start + m.index });
  }
  return out;
}

const RESIGN =
  /\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?(?:\s+that)?|urg(?:e|es|ed|ing))\s+(?:(him|her)|(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))\s+(?:to\s+)?(?:resign|step\s+down|quit|stand\s+down|dissolve)\b/gu;

/**
 * "called for her to dissolve the House", "demanded that Paetongtarn resign": a call for someone
 * to go is a stance against them.
 */
function resignationCalls(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlierPeople: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(RESIGN, text)) {
    const at = start + m.index;
    if (qualified(text, m.index)) continue;
    const holders = subjectsOf(text, start, at, parties, [], m[0]);
    const nameAt = m[2] === undefined ? -1 : at + m[0].indexOf(m[2], 4);
    // "her" is the last other person named, in this sentence or before it.
    const others = [...parties.filter((a) => a.end <= at).reverse(), ...earlierPeople].filter(
      (a) => a.label === "Person" && !holders.some((h) => h.key === a.key),
    );
    const target =
      m[1] === undefined
        ? actorsBetween(parties, nameAt, nameAt + (m[2] ?? "").length).find(
            (a) => a.label === "Person",
          )
        : others[0];
    if (target !== undefined) out.push(...stances(holders, { actor: target }, m[0], at));
  }
  return out;
}

const TARGETING = /,\s+(?:and\s+)?(?:(?:for the first time|also|now),\s+)?targeting\s+/gi;
const MEASURE_WORD = /\b(?:sanctions|tariffs|restrictions|embargo|package|measures|penalties)\b/i;

/**
 * "adopted an 18th package of sanctions against Russia, …, targeting two Chinese banks": a
 * measure's taker also opposes the others it is said to target.
 */
function targetedBy(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(TARGETING, text)) {
    const at = start + m.index;
    const taker = earlier.filter((o) => o.at < at).at(-1);
    if (taker === undefined || !MEASURE_WORD.test(text.slice(0, m.index))) continue;
    const target = targetOf(text, start, at + m[0].length, parties);
    // Told as a verb of its own, the stance is kept apart from the one against the first party.
    if (target !== undefined) out.push(...stances([taker.holder], target, "targets", at));
  }
  return out;
}

/** A noun DEMONYM_NOMINAL needs, as it is written there (not run where its letters are missing). */
const hasNominalNoun = gatedTest(
  /condemnation|criticism|rejection|denunciation|opposition|objection/,
);

/** "Chinese opposition to the deal": the state its demonym names holds the stance. */
function demonymNominals(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  // The pattern's nouns are lowercase: most sentences have none and are not searched.
  if (!hasNominalNoun(text)) return [];
  const out: OppositionMention[] = [];
  for (const m of execAll(DEMONYM_NOMINAL, text)) {
    const at = start + m.index;
    const holder = parties.find((a) => a.start === at && a.label === "Country" && !a.place);
    const target = targetOf(text, start, at + m[0].length, parties);
    if (holder !== undefined && target !== undefined)
      out.push({ holder, target, what: whatOf(target), verb: m[0], at });
  }
  return out;
}

/**
 * "Thailand and Cambodia traded accusations over the clash": each of two parties holds a stance
 * against the other.
 */
function mutualStances(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(MUTUAL, text)) {
    const at = start + m.index;
    if (qualified(text, m.index)) continue;
    const [a, b, ...rest] = subjectsOf(text, start, at, parties, [], m[0]);
    if (a === undefined || b === undefined || rest.length > 0 || a.key === b.key) continue;
    out.push({ holder: a, target: { actor: b }, what: b.key, verb: m[0], at });
    out.push({ holder: b, target: { actor: a }, what: a.key, verb: m[0], at });
  }
  return out;
}

/**
 * '"We firmly reject these accusations," Lavrov said': a verb inside a quotation whose subject is
 * the speaker ("we", "I") or no party at all belongs to the one the sentence says spoke.
 */
function quotedSpeaker(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  const before = text.slice(0, at - start);
  const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf('"'));
  if (open < 0 || (before.match(/["“”]/g) ?? []).length % 2 === 0) return undefined;
  if (parties.some((a) => a.start >= start + open && a.end <= at && !a.possessive))
    return undefined;
  const close = text.slice(at - start).search(/["”]/);
  if (close < 0) return undefined;
  const closeAt = at + close + 1;
  const after = text.slice(closeAt - start, closeAt - start + 80);
  if (
    !/^\s*,?\s*(?:\S+\s+){0,6}?(?:said|says|told|added|stated|declared|insisted|stressed)\b/i.test(
      after,
    )
  )
    return undefined;
  const named = parties.filter(
    (a) => a.start >= closeAt && a.start < closeAt + 80 && !a.possessive,
  );
  // "Russian Foreign Minister Sergei Lavrov said": the person, not the demonym of the title.
  return named.find((a) => a.label === "Person") ?? named[0];
}

/** The rules' readings of subject, object and modality that the frames in other files share. */
const READERS: LabelReaders = { subjectsOf, targetOf, qualified };
