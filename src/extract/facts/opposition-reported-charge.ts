import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { LabelReaders } from "./opposition-labelled.ts";
import { JUDGED_WORD } from "./opposition-verbs.ts";
import { REPORTED_SPEECH_VERBS } from "./speech-verbs.ts";
import { isVerdictWord } from "./opposition-valence.ts";
import { stanceWord, type StanceFamily } from "../learn/opp-lexicon.ts";
import { isDemonymMention } from "./funding-parties.ts";
import { splitTold } from "./opposition-told.ts";

/**
 * A charge against a named party, told in reported speech: "Ukraine's envoy said Russia had
 * "taken a nuclear plant hostage"", "the minister told reporters that Hungary had betrayed its
 * partners", "Lopez warned that Caracas was deliberately stoking a dangerous crisis". The speaker
 * holds a stance against the party the reported clause opens with, when what the clause says the
 * party did or is holds a verdict: a word the valence lexicon rates −2 or lower that is no
 * condition or feeling (isVerdictWord), or one of the hand list's verdicts (JUDGED_WORD). What the
 * party suffered ("said Kyiv had been betrayed"), a charge denied ("said Tokyo had not violated
 * anything"), one's own state ("said Peru would not be bullied") and a clause about no party
 * ("said the talks had failed") hold none.
 */

/** A verb of saying: the same list as the reported-speech verdicts read. */
const REPORTED = new RegExp(String.raw`\b(?:${REPORTED_SPEECH_VERBS})\b`, "giu");

/** A verb of saying is no verdict, though the lexicon rates one ("stressed" −2). */
const SAYING = new RegExp(String.raw`^(?:${REPORTED_SPEECH_VERBS})$`, "i");

/** How long the one told may be named: "told reporters in Geneva on Monday". */
const ADDRESSEE_LENGTH = 60;

/** "on Monday", "in a statement", "in Brussels", "this week", then "that" if any. */
const OPENING =
  /^\s+(?:(?:(?:in|on|at|during|after)\s+(?:[\p{L}\d'’.-]+\s+){1,4}?|(?:this|last|earlier\s+this)\s+\w+\s+)?that\s+|(?:on|last)\s+\p{Lu}\p{Ll}+day\s+)?/u;

/** What may stand before the clause's subject: "the", titles and names ("the Russian", "Prime Minister"). */
const SUBJECT_GAP = /^["“]?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** A finite verb right after the subject: the party does or is what follows. */
const FINITE =
  /^\s+["“]?(?:(?:\p{Ll}+ly|also|still|now)\s+)?["“]?(?:had|has|have|was|were|is|are|would|will|could|can|must|should|might|may|kept|keeps|\p{Ll}+ed|\p{Ll}{2,}s)\b/u;

/**
 * Where the clause of the charge ends: a stop, a clause of its own joined by a comma, or a clause
 * that says something of another noun ("a government that expelled migrants").
 */
const CLAUSE_END =
  /[;:—¦–¬]|,\s+(?:and|but|while|whereas|although|though|adding|saying|as|which|who)\b|\s(?:that|which|who|whom|whose|because|since|if|unless|while|after|before|when|whereas|although|though)\s/u;

/** A charge denied: "had not violated", "hadn't violated", "never betrayed", "was no threat". */
const DENIED = /\b(?:not|never|no|nothing|neither|nor|hardly)\b|\w+n['’]t\b/i;

/**
 * "had worked to end violence", "was helping to prevent bloodshed": a harm the party acts
 * against is no charge against it. Matched on the words before a negative word.
 */
const COUNTERED =
  /\b(?:end|ending|ended|prevent|preventing|avoid|avoiding|fight|fighting|combat|combating|curb|curbing|tackle|tackling|reduce|reducing|counter|countering|against|resist|resisting|defeat|defeating|eradicate|eliminate|protect\w*\s+from)\s+(?:\S+\s+){0,2}$/i;

/** "said Germany regretted the decision": a regret is the party's own stance. */
const REGRET = /^regret/;

/** How many words open a predicate's verb group: "had firmly opposed", "has strongly condemned". */
const VERB_GROUP = 3;

function ownStance(word: string): boolean {
  const family = stanceWord(word)?.family;
  return (family !== undefined && OWN_STANCE.has(family)) || REGRET.test(word);
}

/** A form of "be": a participle after it tells what befell the party ("was betrayed"). */
const BE = /\b(?:was|were|is|are|be|been|being)\b/i;

const WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * The stance families whose word tells the party's own stance or feeling, not a charge against
 * it: "said Germany regretted the decision", "said Tokyo firmly opposed the listing".
 */
const OWN_STANCE: ReadonlySet<StanceFamily> = new Set([
  "condemn",
  "reject",
  "accuse",
  "measure",
  "protest",
  "feeling",
]);

/** Stances told by a charge against a named party in reported speech (see the top of the file). */
export function reportedCharges(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
  read: LabelReaders,
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of text.matchAll(REPORTED)) {
    const at = start + m.index;
    const clauseStart = reportedClauseStart(text, m.index + m[0].length, m[0]);
    if (clauseStart === undefined || read.qualified(text, m.index)) continue;
    const party = clauseSubject(text, start, clauseStart, parties);
    if (party === undefined) continue;
    const predicate = predicateOf(text.slice(party.end - start));
    if (predicate === undefined || !holdsVerdict(predicate)) continue;
    const what = text.slice(m.index, party.end - start + predicate.length).trim();
    for (const holder of read.subjectsOf(text, start, at, parties, earlier, m[0])) {
      if (ownSide(holder, party)) continue;
      out.push({ holder, target: { actor: party }, what, verb: m[0], at });
    }
  }
  return out;
}

/** The speaker's own state or body: "Rubio said the United States would…". */
function ownSide(holder: Actor, party: Actor): boolean {
  const home = holder.label === "Country" ? holder.key.slice(8) : holder.country;
  return (
    holder.key === party.key ||
    (home !== undefined && (party.key === `country:${home}` || party.country === home))
  );
}

/** Where the reported clause after a verb of saying begins, in the sentence; undefined if none. */
function reportedClauseStart(text: string, from: number, verb: string): number | undefined {
  const rest = text.slice(from);
  // "told Wang Yi that…", "told reporters the United States had…": the one told is no subject
  // of the charge (split as the verdict frames split it, opposition-told.ts).
  if (/^tel|^tol/i.test(verb)) {
    const words = rest.trimStart();
    const told = splitTold(verb, words);
    if (told.addresseeLength === 0 || told.addresseeLength > ADDRESSEE_LENGTH) return undefined;
    return from + rest.length - words.length + told.addresseeLength;
  }
  return from + (OPENING.exec(rest)?.[0].length ?? 0);
}

/** The party the clause opens with, named as a subject: not owned, not a place. */
function clauseSubject(
  text: string,
  start: number,
  clauseStart: number,
  parties: readonly Actor[],
): Actor | undefined {
  const first = parties.find((a) => a.start >= start + clauseStart);
  // "said it…", "said the bloc…": a party named only by a pronoun or a description is often
  // the speaker's own side.
  if (first === undefined || first.possessive || first.place) return undefined;
  if (first.via === "pronoun" || first.via === "description") return undefined;
  // "said the Greek arrests amounted to…": a demonym qualifies the subject, it is not one.
  if (isDemonymMention(text, start, first)) return undefined;
  return SUBJECT_GAP.test(text.slice(clauseStart, first.start - start)) ? first : undefined;
}

/**
 * "said Warsaw would ask…", "said the United States will respond": what a party will or could
 * do is an intention or a forecast, most often its own side's, not a charge; "should" and "must"
 * tell a demand on it ("said Japan should stop stirring up trouble") and stay.
 */
const FORECAST =
  /^\s+["“]?(?:(?:\p{Ll}+ly|also|still|now)\s+)?(?:would|will|could|can|may|might)\b/u;

/** What the clause says of its subject, from its finite verb to the clause's end. */
function predicateOf(after: string): string | undefined {
  if (!FINITE.test(after) || FORECAST.test(after)) return undefined;
  const end = CLAUSE_END.exec(after);
  return after.slice(0, Math.min(end?.index ?? after.length, 160));
}

/** Whether a predicate passes a verdict on its subject, neither denied nor suffered. */
function holdsVerdict(predicate: string): boolean {
  const plain = predicate.replace(/["“”]/g, "");
  if (DENIED.test(plain)) return false;
  let verdict = JUDGED_WORD.test(plain);
  let index = 0;
  for (const m of plain.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const inVerbGroup = index++ < VERB_GROUP;
    // The verb group tells the party's own stance ("had firmly opposed"); further on, a stance
    // word is what the party did, no verdict on it ("had taken the plant hostage and now
    // vetoes the note" is a charge by its other words, "and has refused to…" is none).
    if (ownStance(word)) {
      if (inVerbGroup) return false;
      continue;
    }
    if (isVerdictWord(word) && !suffered(plain, word, m.index)) verdict = true;
  }
  return verdict;
}

/** A verdict word told of what befell the party, of a harm it acts against, or of speech. */
function suffered(plain: string, word: string, at: number): boolean {
  const before = plain.slice(0, at);
  return (
    (/(?:ed|en)$/.test(word) && BE.test(before)) || COUNTERED.test(before) || SAYING.test(word)
  );
}
