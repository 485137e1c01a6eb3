import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { isPeopleNoun } from "../lexicon/people-nouns.ts";
import { isListGap, OF_COUNTRY } from "./meeting-list-gap.ts";
import { mayStartTitle } from "../gazetteer/title-index.ts";

/**
 * What sets off the people a group is made of: a colon, a dash, a bracket, a word that
 * introduces members ("including", "among them", "namely", "such as", "that included"), or last
 * a comma before names in apposition ("two rival leaders, A and B,").
 */
const MEMBERS_MARK =
  /\s*:\s*|\s+[—¦–¬-]\s+|\s*\(\s*|,?\s+(?:(?:and\s+|but\s+also\s+)?including|(?:among|amongst)\s+(?:them|whom)(?:\s+(?:were|was))?|namely|notably|in\s+particular|such\s+as|(?:that|which|who)\s+included|comprising|made\s+up\s+of)\s+|,\s+/u;

/**
 * What may follow the list: the sentence's or the aside's end, or a phrase of the meeting ("…,
 * A and B, at the palace") — not a verb ("…, Vega said", "— A and B were absent —"). A country
 * after the last name is the name's ("C of Finland.").
 */
const LIST_END = /^\s*(?:[,.;:)—¦–¬]|$|(?:on|in|at|for|to|during|after|before|with|over)\b)/;

/**
 * Days, places and times between the meeting's words and its object: " on Monday", " in Warsaw",
 * " at the castle", " this week".
 */
const ADVERBIAL =
  /^\s*(?:(?:on|in|at|this|last|late|early)\s+(?:the\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|week|weekend|\p{Lu}[\p{L}'’.-]*)\s+)+|(?:separately|privately|briefly|jointly|also|later|then|again)\s+)/u;

/** The words that may open the group after a verb with no object of its own: "with", "to". */
const OPENER = /^\s*(?:with|to|alongside)\s+/;

/**
 * The words a group's noun phrase stops at: a preposition, a participle or a relative pronoun
 * ("the foreign ministers of the Baltic states", "a delegation led by A", "leaders who…").
 */
const PHRASE_STOP =
  /^(?:of|from|in|at|on|for|to|with|by|led|headed|who|whom|that|which|this|last|late|early)$/i;

/** Words that take a group out of the meeting's object: a clause, a verb, a topic of its own. */
const NOT_OBJECT =
  /[;.!?"“”]|\b(?:to\s+(?!the\b)[a-z]+|that|which|who|whom|whose|said|says|told|but|while|because|after|before|about|over|concerning|regarding|against|without|cases?|fate|release|families|relatives)\b/;

/** "led by A", "headed by A": the group's own head, named inside it. */
const LED_BY = /\b(?:led|headed|chaired)\s+by\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u;

/** The title words before a listed name: "Foreign Minister ", "Norway's ". */
const TITLE_GAP = /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and)\s+){0,5}$/u;

/**
 * The words before a listed name: a title, capitalised (TITLE_GAP) or written in lowercase after
 * the body it serves ("Temasek chairman ", "Hyundai Motor Group executive chair ").
 */
function isTitleGap(gap: string): boolean {
  if (TITLE_GAP.test(gap)) return true;
  const words = gap.split(/\s+/).filter((w) => w !== "");
  return (
    words.length <= 6 &&
    words.some((w) => /^\p{Ll}/u.test(w)) &&
    words.every((w) => /^\p{Lu}/u.test(w) || mayStartTitle(w)) &&
    /\s$/.test(gap)
  );
}

/** ", the minister for international relations, and ": a role in apposition, then the list's joint. */
const ROLE_AFTER = /^,\s+(?:the|a|an|its|his|her|their)\s+([^,;:()"“”]{1,60})(,\s+(?:and\s+)?)$/u;

/** The people a group is made of, and where the group's own words stand (body offsets). */
export interface GroupMembers {
  readonly members: Actor[];
  readonly from: number;
  readonly to: number;
}

/**
 * The people named after a group the meeting's words take for their object: "met the Nordic
 * prime ministers: A of Norway, B of Sweden and C of Finland", "held talks with the foreign
 * ministers of the Baltic states — A, B and C", "received a delegation on Monday, among them A
 * and B", "a delegation led by A and including B", "leaders such as A and B", "(A and B)". The
 * group is a noun of people (people-nouns.ts: not "the cases of three dissidents: A, B…") that
 * opens right after the meeting's words, perhaps past a day or a place; the people follow the
 * mark at once and are read while they stay a list. None where no such group stands there.
 */
export function groupMembers(
  text: string,
  start: number,
  end: number,
  people: readonly Actor[],
): GroupMembers | undefined {
  const from = end - start;
  const rest = text.slice(from);
  const mark = MEMBERS_MARK.exec(rest);
  if (mark === null || mark.index > 160) return undefined;
  const group = rest.slice(0, mark.index);
  if (NOT_OBJECT.test(group) || group.split(/\s+/).length > 16) return undefined;
  // The group's own head ("led by A"): no other person may stand inside the group.
  const inside = people.filter(
    (a) => a.via !== "description" && a.start >= end && a.end <= end + mark.index,
  );
  const heads = inside.filter((a) => LED_BY.test(text.slice(from, a.start - start)));
  if (heads.length !== inside.length || !headsPeople(group, heads.length > 0)) return undefined;
  const listFrom = end + mark.index + mark[0].length;
  const listed = people.filter((a) => a.start >= listFrom).sort((a, b) => a.start - b.start);
  const first = listed[0];
  if (first === undefined || !isTitleGap(text.slice(listFrom - start, first.start - start)))
    return undefined;
  const out = [first];
  // "A, B and C, President D said": the list ends at the name its "and" joins.
  let closed = false;
  for (const next of listed.slice(1)) {
    const last = out.at(-1)!;
    if (next.start === last.start) {
      out.push(next);
      continue;
    }
    const gap = text.slice(last.end - start, next.start - start);
    // "A, the minister for international relations, and B": a role set off after a listed name.
    const role = ROLE_AFTER.exec(gap);
    const joint = role !== null && role[1]!.split(/\s+/).some(mayStartTitle) ? role[2]! : gap;
    if (closed || !isListGap(joint)) break;
    closed = /\b(?:and|as\s+well\s+as)\s/.test(joint);
    out.push(next);
  }
  if (!LIST_END.test(text.slice(out.at(-1)!.end - start).replace(OF_COUNTRY, ""))) return undefined;
  return { members: [...heads, ...out], from: end, to: listFrom };
}

/** The words after the days, places and times that open them (ADVERBIAL). */
function pastAdverbials(words: string): string {
  let rest = words;
  for (let m = ADVERBIAL.exec(rest); m !== null && m[0] !== ""; m = ADVERBIAL.exec(rest))
    rest = rest.slice(m[0].length);
  return rest;
}

/** Whether the group's noun phrase has a noun of people for its head: "the Nordic prime ministers". */
function headsPeople(group: string, led: boolean): boolean {
  const phrase = pastAdverbials(pastAdverbials(group).replace(OPENER, ""));
  const words: string[] = [];
  for (const w of phrase.trim().split(/\s+/)) {
    if (w === "" || PHRASE_STOP.test(w) || /,$/.test(w)) {
      if (/,$/.test(w)) words.push(w.slice(0, -1));
      break;
    }
    words.push(w);
  }
  const head = words.at(-1);
  // "a delegation led by A and including B": the delegation is the group.
  if (led && head === undefined) return false;
  return head !== undefined && /^\p{Ll}/u.test(head) && isPeopleNoun(head);
}

/** A dash set off by spaces, which opens or closes an aside. */
const SPACED_DASH = /\s[—¦–¬]\s/g;
/** A dash as written or as the rules read it (text/stand-ins.ts). */
const DASH = /[—–¦¬]/;

/**
 * The end of a noun of people right before an opening dash, perhaps past a day or a place: "the
 * Nordic prime ministers", "the envoys on Monday".
 */
const LAST_WORD = /(\p{Ll}[\p{L}-]*)(?:\s+(?:on|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*)*\s*$/u;

/**
 * The sentence with the two dashes around a list of names after a noun of people written as
 * commas ("The Nordic prime ministers — A, B and C — met D", "During talks with the envoys — A
 * and B — D said…"), the text's length kept: the clause rules read a spaced dash as a clause's
 * end, where such a pair only sets off an apposition. Any other sentence is returned as it is.
 */
export function withDashedLists(
  sentence: AnalyzedSentence,
  people: readonly Actor[],
): AnalyzedSentence {
  const { text, start } = sentence.sentence;
  if (!DASH.test(text)) return sentence;
  const dashes = [...text.matchAll(SPACED_DASH)].map((m) => m.index);
  let read = text;
  for (let i = 0; i + 1 < dashes.length; i++) {
    const open = dashes[i]!;
    const close = dashes[i + 1]!;
    const word = LAST_WORD.exec(text.slice(0, open + 1));
    if (
      word === null ||
      !isPeopleNoun(word[1]!) ||
      !namesOnly(text, start, open + 3, close, people)
    )
      continue;
    read = `${read.slice(0, open)},  ${read.slice(open + 3, close)},  ${read.slice(close + 3)}`;
    i++;
  }
  return read === text ? sentence : { ...sentence, sentence: { ...sentence.sentence, text: read } };
}

/** Whether the text from `from` to `to` (local offsets) is a list of people and nothing else. */
function namesOnly(
  text: string,
  start: number,
  from: number,
  to: number,
  people: readonly Actor[],
): boolean {
  const inside = people
    .filter((a) => a.start >= start + from && a.end <= start + to)
    .sort((a, b) => a.start - b.start);
  const first = inside[0];
  if (first === undefined || !TITLE_GAP.test(text.slice(from, first.start - start))) return false;
  for (let j = 1; j < inside.length; j++) {
    const gap = text.slice(inside[j - 1]!.end - start, inside[j]!.start - start);
    if (inside[j]!.start !== inside[j - 1]!.start && !isListGap(gap)) return false;
  }
  return /^(?:\s*of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?\s*$/u.test(
    text.slice(inside.at(-1)!.end - start, to),
  );
}
