import { HEAD_OF_STATE_TITLES } from "../gazetteer/titles.ts";
import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";
import { groupCandidates, objectSubject, subjectParties } from "./party-group.ts";
import { inTitleOf, listJoins } from "./list-join.ts";
import { afterSpeech, speakerPastAside } from "./speaker-past-aside.ts";
import { peopleToRemember } from "./possessor-antecedent.ts";
import { continuesSubject } from "./continued-subject.ts";
import { isOblique } from "./oblique-person.ts";
import { closesReport, reporterMeant } from "./trailing-speaker.ts";

/** What earlier sentences leave for pronouns and descriptions to refer to. */
export interface Memory {
  recent: string[];
  lastSubject: Actor | undefined;
  counts: Map<string, number>;
  /** Countries acting in earlier sentences, the latest first: "the two countries" are these. */
  countries: Actor[];
  /** The people listed together last ("A and B were in Rome. They met…"). */
  group?: Actor[];
  /**
   * The states and bodies the sentence before listed as its subject ("A and B said… They…"),
   * read only when a "they" asks for them.
   */
  readParties?: () => Actor[];
  /** The people of the latest sentence naming any ("A called B. The two men spoke…"). */
  lastPeople?: Actor[];
  /** Each country's leader as the article names them, for "the leaders of Kenya and Uganda". */
  leaders?: Map<string, Actor>;
}

/**
 * The only words that can refer back, in lowercase: most tokens are turned away by this one
 * lookup ("He", "THEY" are looked up lowercased).
 */
const REFERRING: ReadonlySet<string> = new Set(
  `he she it they them him her countries governments nations states sides neighbours neighbors pair
  men women leaders presidents`.split(/\s+/),
);

const NUMBERS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4 };
const GROUP_OF_STATES = /^(?:countries|governments|nations|states|sides|neighbours|neighbors)$/i;

/**
 * "he"/"she": the nearest person named before it in the same sentence, else the subject of the
 * sentence before — a person if one was named lately (see personSubject); with none, the country
 * ("China lashed out… Additionally, he opposes…").
 */
export function pronouns(s: AnalyzedSentence, memory: Memory, named: readonly Actor[]): Actor[] {
  // Resolved left to right, so "the three countries said they…" sees the group just resolved.
  const found: Actor[] = [];
  let actors: readonly Actor[] = named;
  const listed = partiesOnce(s, named);
  s.tokens.forEach((t, i) => {
    // Lowercased once: a word that refers back is plain ASCII, so comparing it is matching it.
    const word = t.lower;
    if (!REFERRING.has(word)) return;
    const antecedents =
      word === "he" || word === "she"
        ? // "…, she said": the one reporting, not someone named in the report.
          [
            closesReport(s.tokens, i)
              ? reporterMeant(s.tokens, i, memory.lastSubject, memory.lastPeople, actors)
              : (personMeant(s, actors, i) ?? personSubject(memory)),
          ]
        : (word === "it" || word === "they") && afterSpeech(s.tokens, i, actors)
          ? speaker(actors, i, s.tokens)
          : word === "they"
            ? orEarlierGroup(s, coordinatedPeople(s, actors, i), memory, i, actors, listed)
            : word === "them"
              ? peopleReceived(s.tokens, memory, actors, i)
              : word === "pair" || word === "men" || word === "women"
                ? pairMeant(s, memory, actors, i)
                : word === "leaders" || word === "presidents"
                  ? leadersOf(s, memory, actors, i)
                  : GROUP_OF_STATES.test(word)
                    ? statesMeant(s, memory, actors, i)
                    : isObjectPronoun(s.tokens, i)
                      ? [objectAntecedent(s.tokens, actors, memory, i)]
                      : [];
    for (const antecedent of antecedents) {
      if (antecedent === undefined) continue;
      found.push({
        ...antecedent,
        start: t.start,
        end: t.end,
        from: i,
        to: i + 1,
        via: "pronoun",
        possessive: false,
        place: false,
      });
    }
    if (found.length > 0) actors = [...named, ...found].sort((a, b) => a.from - b.from);
  });
  rememberPeople(s, memory, [...named, ...found]);
  memory.readParties = listed;
  return found;
}

/**
 * The states and bodies the sentence lists as its subject, read only when asked for and then
 * once. A module function: the closure it returns is made for every sentence, and one bound to a
 * local name is also given that name at run time, which costs more than the closure itself.
 */
function partiesOnce(s: AnalyzedSentence, named: readonly Actor[]): () => Actor[] {
  let parties: Actor[] | undefined;
  return () => (parties ??= subjectParties(s, named));
}

/**
 * "Washington recognised González… The former diplomat… On Saturday he held talks…": "he" is a
 * person — the subject before if a person, else the first person of the latest sentence naming
 * any, if it is no older than that subject.
 */
function personSubject(memory: Memory): Actor | undefined {
  const last = memory.lastSubject;
  if (last === undefined || last.label === "Person") return last;
  const people = [...(memory.lastPeople ?? [])].sort((a, b) => a.start - b.start);
  // Only people named since that subject: "China lashed out… Additionally, he opposes…" long
  // after the last person named keeps the country.
  const latest = Math.max(...people.map((p) => p.end));
  return people[0] !== undefined && latest > last.start ? people[0] : last;
}

/** A head of state or government's title right before a name: "President William Ruto". */
const LEADER_TITLE = new RegExp(
  `\\b(?:${[...HEAD_OF_STATE_TITLES, "leader"].join("|")})\\s+$`,
  "i",
);

/** Keeps the people this sentence names, and each country's leader, for later descriptions. */
function rememberPeople(s: AnalyzedSentence, memory: Memory, actors: readonly Actor[]): void {
  const people = peopleToRemember(actors);
  if (people.length === 0) return;
  memory.lastPeople = people.filter((a, k) => people.findIndex((b) => b.key === a.key) === k);
  const leaders = (memory.leaders ??= new Map());
  for (const p of people) {
    if (p.country === undefined || p.via !== "name") continue;
    const before = s.sentence.text.slice(
      Math.max(0, p.start - s.sentence.start - 30),
      p.start - s.sentence.start,
    );
    // A named leader stays the country's leader; anyone else of that country stands in until then.
    if (LEADER_TITLE.test(before) || !leaders.has(p.country)) leaders.set(p.country, p);
  }
}

/**
 * "The leaders of Kenya, Uganda and Tanzania met": each country's leader as the article has
 * named them — only when it has named one for every country listed.
 */
function leadersOf(
  s: AnalyzedSentence,
  memory: Memory,
  actors: readonly Actor[],
  i: number,
): Actor[] {
  if (s.tokens[i - 1]?.lower !== "the" || s.tokens[i + 1]?.text !== "of") return [];
  const countries: Actor[] = [];
  let next = i + 2;
  for (const a of actors.filter((x) => x.label === "Country" && x.from >= i + 2)) {
    const gap = s.tokens.slice(next, a.from).map((t) => t.lower);
    if (!gap.every((w) => w === "," || w === "and" || w === "the")) break;
    countries.push(a);
    next = a.to;
  }
  const leaders = countries.map((c) => memory.leaders?.get(c.country ?? ""));
  const known = leaders.filter((p): p is Actor => p !== undefined);
  return countries.length >= 2 && known.length === countries.length ? known : [];
}

/** Verbs of telling, whose object hears about what the subject did. */
const TELLING = /^(?:briefed|told|informed|updated|assured|reassured)$/i;

/**
 * "he": the speaker past an aside ("A, who…, said he"), else the nearest person before it — but
 * in a clause joined by "and"/"but" the subject goes on ("A spoke with B, and then he received C").
 */
function personMeant(s: AnalyzedSentence, actors: readonly Actor[], i: number): Actor | undefined {
  const speaker = speakerPastAside(s.tokens, actors, i);
  if (speaker !== undefined) return speaker;
  // "After her talks with Ruginienė, she was received…": the one talked with is not "she".
  const people = actors.filter(
    (a) => a.label === "Person" && a.to <= i && !a.possessive && !isCompanion(s, a, i),
  );
  const subject = people[0];
  const nearest = people.at(-1);
  if (subject === undefined || nearest === undefined || subject.key === nearest.key)
    return actors.filter((a) => a.label === "Person" && a.to <= i && !isCompanion(s, a, i)).at(-1);
  const between = s.tokens.slice(nearest.to, i).map((t) => t.lower);
  // "Ruto praised Mahama, whom he met": "whom" is Mahama, so "he" is someone else.
  if (between.at(-1) === "whom") return subject;
  // "Ruto briefed Museveni on a call he had held": the one told is not the teller.
  if (TELLING.test(s.tokens[subject.to]?.text ?? "") && !between.includes(",")) return subject;
  const coordinated = continuesSubject(between);
  // "In talks with Y, X said…": a person after a preposition is no subject.
  const governed = /^(?:with|by|to|from|of|for|and)$/i.test(s.tokens[subject.from - 1]?.text ?? "");
  return coordinated && !governed ? subject : nearest;
}

/** Words inside a title before a name: "the", "of", an abbreviation's dot. */
const TITLE_GLUE = /^(?:the|of|\.)$/;

/** The words before the one met in a fronted phrase: "with", or a meeting verb's participle. */
const COMPANION_OPENER =
  /^(?:with|meeting|receiving|hosting|welcoming|greeting|phoning|calling|visiting|seeing|joining)$/;

/**
 * "After talks with Putin, he said…", "Speaking after meeting Putin on Monday, he said…": a person
 * after "with" or a meeting participle in a phrase fronted before the comma that precedes the
 * pronoun is the one met, not the subject.
 */
function isCompanion(s: AnalyzedSentence, a: Actor, i: number): boolean {
  // "with German Chancellor Friedrich Merz": a title and a demonym may stand between.
  let k = a.from - 1;
  // "meeting U.S. Secretary of State Marco Rubio": so may a title's "of".
  while (
    k > a.from - 8 &&
    (s.tokens[k]?.capitalized === true || TITLE_GLUE.test(s.tokens[k]?.text ?? ""))
  )
    k--;
  if (!COMPANION_OPENER.test(s.tokens[k]?.lower ?? "")) return false;
  const between = s.tokens.slice(a.to, i).map((t) => t.text);
  return between.at(-1) === "," && !between.slice(0, -1).includes(",");
}

/** "the ministry said it…", "the three countries said they…": the speaker, or all of a group. */
function speaker(actors: readonly Actor[], i: number, tokens: readonly Token[]): Actor[] {
  const before = actors.filter(
    (a) => a.to <= i - 1 && !a.possessive && !a.place && !inRelativeAside(tokens, a, i),
  );
  const last = before.at(-1);
  // "The Macron government said it…": "it" is never a person; the speaker is no party named.
  if (last === undefined || subjectAfterComma(tokens, last.to, i)) return [];
  if (last.label === "Person" && tokens[i]?.lower === "it") return [];
  const same = actors.filter((a) => a.start === last.start && !a.possessive);
  return tokens[i]?.lower === "they" ? [...listBefore(before, tokens), ...same] : same;
}

/** Words that open a relative clause set off by commas. */
const RELATIVE = /^(?:which|who|whose|whom|where)$/i;

/**
 * "The three governments, which broke with the Economic Community of West African States, said
 * they…": a party inside a relative clause closed before the pronoun is not its speaker.
 */
function inRelativeAside(tokens: readonly Token[], a: Actor, i: number): boolean {
  let open = a.from - 1;
  while (open >= 0 && tokens[open]?.text !== ",") open--;
  if (open < 0 || !RELATIVE.test(tokens[open + 1]?.text ?? "")) return false;
  for (let k = a.to; k < i; k++) if (tokens[k]?.text === ",") return true;
  return false;
}

/**
 * "Britain, Canada and Norway said they…": the parties listed with the last one before "they",
 * joined to it by commas and "and", in order.
 */
function listBefore(before: readonly Actor[], tokens: readonly Token[]): Actor[] {
  const out: Actor[] = [];
  let next = before.at(-1);
  for (let k = before.length - 2; k >= 0 && next !== undefined; k--) {
    const a = before[k];
    if (a === undefined || a.start === next.start || inTitleOf(tokens, a, next)) continue;
    if (!listJoins(tokens, a, next)) break;
    out.unshift(a);
    next = a;
  }
  return out;
}

/**
 * "In a statement chaired by Prime Minister Macut, the government said it…": a subject of its own
 * after the comma that closes a fronted phrase; the party named in that phrase is not the speaker.
 */
function subjectAfterComma(tokens: readonly Token[], from: number, i: number): boolean {
  let comma = -1;
  for (let k = from; k < i; k++) if (tokens[k]?.text === ",") comma = k;
  return comma >= 0 && /^(?:the|its|their|his|her)$/i.test(tokens[comma + 1]?.text ?? "");
}

/**
 * "the three countries said…", "both governments condemned…": the states the article has just
 * named, as many as the number says — those named earlier in this sentence first.
 */
function statesMeant(
  s: AnalyzedSentence,
  memory: Memory,
  actors: readonly Actor[],
  i: number,
): Actor[] {
  const words = s.tokens.slice(Math.max(0, i - 2), i).map((t) => t.lower);
  const count = NUMBERS[words.at(-1) ?? ""];
  if (count === undefined || (words.at(-1) !== "both" && words[0] !== "the")) return [];
  const text = s.sentence.text;
  const det = s.tokens[words.at(-1) === "both" ? i - 1 : i - 2]?.start ?? s.sentence.start;
  // "Russia condemned both governments": the subject is not one of the group its object names.
  const subject = objectSubject(text, s.sentence.start, det, actors);
  const here = actors.filter((a) => a.label === "Country" && a.to <= i - 1 && !a.place);
  const others = groupCandidates([...here.reverse(), ...memory.countries], subject);
  return others.length >= count ? others.slice(0, count) : [];
}

/** The verbs of meeting whose object "them" may be people: "X received them for dinner". */
const MET_THEM = /^(?:received|hosted|welcomed|greeted|met|joined|briefed|thanked)$/i;

/**
 * "The two EU leaders were in Samarkand. Mirziyoyev received them…": "them" after a verb of
 * meeting is the people listed last, none of whom is named in the sentence before it.
 */
function peopleReceived(
  tokens: readonly Token[],
  memory: Memory,
  actors: readonly Actor[],
  i: number,
): Actor[] {
  if (!MET_THEM.test(tokens[i - 1]?.text ?? "")) return [];
  const group = memory.group ?? [];
  const named = (g: Actor): boolean => actors.some((a) => a.key === g.key && a.to <= i);
  return group.length >= 2 && !group.some(named) ? group : [];
}

/** "him", and "her" when no noun follows it ("met her in Paris", not "her counterpart"). */
function isObjectPronoun(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower;
  if (word === "him") return true;
  if (word !== "her") return false;
  const next = tokens[i + 1];
  return (
    next === undefined ||
    next.punct ||
    /^(?:in|at|on|to|for|with|by|from|last|again|later|during|after|before|and|twice|briefly|separately|privately|there|here)$/i.test(
      next.text,
    )
  );
}

/**
 * "Hamish Falconer met him", "where Xi welcomed him": the object is not the verb's subject (the
 * person just before it) but someone named earlier, in this sentence or, failing that, before.
 */
function objectAntecedent(
  tokens: readonly Token[],
  actors: readonly Actor[],
  memory: Memory,
  i: number,
): Actor | undefined {
  const people = actors.filter((a) => a.label === "Person" && a.to <= i && !a.possessive);
  // "A travelled at the invitation of B and met him": the subject is not the oblique B.
  const subject = people.findLast((a) => !isOblique(tokens, actors, a, i));
  const earlier = people.filter((a) => a.key !== subject?.key).at(-1);
  if (earlier !== undefined) return earlier;
  // "Museveni, Kiir's closest ally, held talks with him": a possessor named before.
  const owner = actors
    .filter((a) => a.label === "Person" && a.to <= i && a.possessive && a.key !== subject?.key)
    .at(-1);
  if (owner !== undefined) return owner;
  const last = memory.lastSubject;
  return last?.label === "Person" && last.key !== subject?.key ? last : undefined;
}

/**
 * "A and B were in Rome. They met on Thursday": with no one named before it in the sentence,
 * "they" is the group listed last. "Britain, Canada and Norway issued a statement, and they
 * condemned…", "… on Monday. They condemned…": the states or bodies a subject listed, in this
 * sentence or the one before.
 */
function orEarlierGroup(
  s: AnalyzedSentence,
  group: Actor[],
  memory: Memory,
  i: number,
  actors: readonly Actor[],
  listed: () => readonly Actor[],
): Actor[] {
  if (group.length > 0 || actors.some((a) => a.label === "Person" && a.to <= i)) return group;
  // "'They sanctioned Zimbabwe,' Lukashenko said": a quoted "they" is the speaker's, not the group.
  const before = s.sentence.text.slice(0, (s.tokens[i]?.start ?? 0) - s.sentence.start);
  const quoted = (before.match(/["“”]/g) ?? []).length % 2 === 1;
  if (quoted) return [];
  const here = listed();
  if (here.length > 0 && (here.at(-1) as Actor).to <= i) return [...here];
  const parties = memory.readParties?.() ?? [];
  // Another party named before "they" is the nearer candidate: the list is not meant.
  if (parties.length > 0 && !actors.some((a) => a.to <= i && !a.place)) return parties;
  return memory.group ?? [];
}

/** "the pair", "the two men", "both women": the group listed last, or the two people just named. */
function pairMeant(
  s: AnalyzedSentence,
  memory: Memory,
  actors: readonly Actor[],
  i: number,
): Actor[] {
  const prev = s.tokens[i - 1]?.lower ?? "";
  const word = s.tokens[i]?.lower;
  if (word === "pair" ? prev !== "the" : !/^(?:two|both)$/.test(prev)) return [];
  const here = coordinatedPeople(s, actors, i);
  // "A had talks with B on Friday, and the two men witnessed…": the two people named before it.
  const named = actors
    .filter((a) => a.label === "Person" && a.to <= i && !a.possessive)
    .filter((a, k, all) => all.findIndex((b) => b.key === a.key) === k);
  // "A called B. The two men spoke for an hour": the two people of the sentence before, listed
  // together or not, before an older list.
  const last = memory.lastPeople ?? [];
  const group =
    here.length >= 2
      ? here
      : named.length === 2
        ? named
        : last.length === 2
          ? last
          : (memory.group ?? []);
  return group.length === 2 ? group : [];
}

/** "Baerbock and her counterpart Colonna travelled to Kyiv, where they met…": the pair named. */
function coordinatedPeople(s: AnalyzedSentence, actors: readonly Actor[], i: number): Actor[] {
  const people = actors.filter((a) => a.label === "Person" && a.to <= i && !a.possessive);
  const group: Actor[] = [];
  for (let k = people.length - 1; k >= 0; k--) {
    const a = people[k] as Actor;
    const next = group.at(-1);
    if (next !== undefined) {
      const gap = s.sentence.text.slice(a.end - s.sentence.start, next.start - s.sentence.start);
      if (
        !/^\s*,?\s*(?:and\s+)?(?:[\p{L}'’-]+\s+){0,5}?,?\s*$/u.test(gap) ||
        !/,|\band\b/.test(gap)
      )
        break;
    }
    group.push(a);
  }
  return group.length >= 2 ? group.reverse() : [];
}
