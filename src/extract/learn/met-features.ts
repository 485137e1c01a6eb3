import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { Token } from "../text/tokenize.ts";
import type { MeetingMention } from "../facts/find-meetings.ts";
import {
  HEAD_OF_STATE_TITLES,
  LEADING_ROLES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from "../gazetteer/titles.ts";
import { DATE_WORDS, FUNCTION_WORDS, NAME_PARTICLES } from "../gazetteer/words.ts";
import { meetingWordKind, type MeetingWordKind } from "../facts/meeting-words.ts";

/**
 * One pair of people a sentence may say met: proposed by the meeting rules (`rule`) or by the
 * wide generator (met-wide.ts), which pairs every two people of a sentence holding a meeting word.
 */
export interface PairCandidate {
  readonly sentence: AnalyzedSentence;
  /** The two people, in the order the sentence names them. */
  readonly a: Actor;
  readonly b: Actor;
  /** The token of the meeting word the pair is read around. */
  readonly trigger: number;
  /** How many distinct people the sentence names. */
  readonly people: number;
  /** The sentence's place in the article: 0 for the first. */
  readonly index: number;
  /** The meeting the rules read, when they proposed the pair. */
  readonly rule: MeetingMention | undefined;
  /** Whether the rules found the pair meeting in an earlier sentence. */
  readonly seen: boolean;
  /**
   * How many pairs the rules read in this sentence ("A received B, with C in attendance"): for a
   * rule's pair, those of its meeting and of the meetings before it; for a wide pair, all.
   */
  readonly ruled: number;
}

/**
 * Which model weighs a candidate: a meeting the rules read as held is right nearly always on the
 * annotated articles, one they read as planned, denied or imagined and a wide pair seldom, and the
 * same word means something else in each ("and" between two people a rule read as meeting, or
 * merely named together). Each group has its own model, with its own base rate.
 */
export type MeetingGroup = "held" | "other" | "wide";
export const MEETING_GROUPS: readonly MeetingGroup[] = ["held", "other", "wide"];

export function meetingGroup(c: Pick<PairCandidate, "rule">): MeetingGroup {
  return c.rule === undefined ? "wide" : c.rule.modality === "asserted" ? "held" : "other";
}

/**
 * The family a meeting word is weighed by: the lexicon's kind (meeting-words.ts), a few kinds
 * taken together — "witnessed" with the signings, "huddled" with the discussions — and the words
 * of telling and handing over ("briefed", "handed") as "other", like any word outside the lexicon.
 */
const FAMILY_OF: Readonly<Record<MeetingWordKind, string>> = {
  meet: "meet",
  talk: "talk",
  call: "call",
  host: "host",
  visit: "visit",
  sign: "sign",
  witness: "sign",
  summit: "summit",
  discuss: "discuss",
  chat: "discuss",
  meal: "meal",
  copresence: "copresence",
  tell: "other",
  handover: "other",
};

/** "…, Ruto said": a person right before or after a verb of saying speaks, not meets. */
const SAYING = /^(?:said|says|told|added|stated|noted|insisted|warned|explained|declared)$/;

/** Words near the meeting word that leave it unheld: planned, denied, imagined, asked about. */
const QUALIFIERS =
  /^(?:will|would|could|can|may|might|should|shall|plans?|planned|planning|expected|scheduled|set|due|hopes?|hoping|wants?|postponed|cancell?ed|delayed|not|n't|never|no|if|whether|next|later|upcoming|to|since|last|before|after|during|ahead|again|yet|still|also|first)$/;

/**
 * The features of a candidate pair, the same in training and at run time. Families, each with
 * an example of what it tells:
 * - the source: "rule" with the rules' meeting type and modality, or "wide" ("X met Y" is read by
 *   a rule; "X, with Y in attendance, received Z" only by the wide generator);
 * - the meeting word and its family ("spoke" is a call, "hosted" a reception);
 * - the order of the two people and the word ("A met B": a-t-b; "A and B met": a-b-t);
 * - the words between the two people, as a bag and the first and last ("and", "with", "said");
 * - each person's slot: right after "with", in a list, set off by commas, the speaker of a quote,
 *   inside a quote;
 * - the words qualifying the meeting word ("will meet", "did not meet", "plans to call");
 * - how each person is referred to (name, title, pronoun), whether they serve one country
 *   (a minister and their own leader at a ceremony), distance, the sentence's crowd and place;
 * - a few conjunctions where one family changes what another means (source × family).
 */
export function meetingFeatures(c: PairCandidate): string[] {
  const tokens = c.sentence.tokens;
  const word = wordAt(tokens, c.trigger, "");
  const family = familyOf(word);
  const source = c.rule === undefined ? "wide" : "rule";
  const f: string[] = [
    `src:${source}`,
    `word:${word}`,
    `fam:${family}`,
    `src*fam:${source}:${family}`,
  ];
  if (c.rule !== undefined) {
    f.push(`rule:type:${c.rule.type}`, `rule:mod:${c.rule.modality}`);
    f.push(`rule:people:${Math.min(c.rule.participants.length, 4)}`);
  }
  // "The talks were also attended by C": a person of an earlier sentence's meeting.
  const elsewhere = !within(c.sentence, c.a) || !within(c.sentence, c.b);
  if (elsewhere) f.push("elsewhere");
  else {
    const order = orderOf(c);
    f.push(`order:${order}`, `order*fam:${order}:${family}`);
    pushBetween(f, tokens, c.a.to, c.b.from);
    pushSlot(f, "a", tokens, c.a);
    pushSlot(f, "b", tokens, c.b);
    f.push(`dist:${bucket(c.b.from - c.a.to)}`);
  }
  pushQualifiers(f, tokens, c.trigger);
  pushObject(f, tokens, c.trigger);
  f.push(`via:${[c.a.via, c.b.via].sort().join("+")}`);
  if (c.a.possessive || c.b.possessive) f.push("possessive");
  f.push(`country:${countryRelation(c.a, c.b)}`);
  f.push(`people:${Math.min(c.people, 5)}`);
  f.push(`pos:${c.index === 0 ? "first" : c.index < 3 ? "early" : "late"}`);
  if (c.seen) f.push("seen");
  f.push(`ruled:${Math.min(c.ruled, 3)}`);
  return f;
}

/** Whether the person was read in this sentence, not carried over from an earlier one. */
function within(s: AnalyzedSentence, p: Actor): boolean {
  return (
    p.start >= s.sentence.start &&
    p.end <= s.sentence.end &&
    p.from >= 0 &&
    p.to <= s.tokens.length &&
    s.tokens[p.from]?.start === p.start
  );
}

function familyOf(word: string): string {
  const kind = meetingWordKind(word);
  return kind === undefined ? "other" : FAMILY_OF[kind];
}

/** Where the meeting word stands relative to the two people. */
function orderOf(c: PairCandidate): string {
  if (c.trigger < c.a.from) return "t-a-b";
  if (c.trigger < c.b.from) return c.trigger >= c.a.to ? "a-t-b" : "a~t-b";
  return c.trigger >= c.b.to ? "a-b-t" : "a-b~t";
}

/** "A and B", "A, with B", "A said B": the words between the two people, up to eight. */
function pushBetween(f: string[], tokens: readonly Token[], from: number, to: number): void {
  if (to <= from) {
    f.push("btw:none");
    return;
  }
  f.push(`btw1:${wordAt(tokens, from, "")}`, `btwN:${wordAt(tokens, to - 1, "")}`);
  for (let i = from; i < Math.min(to, from + 8); i++) f.push(`btw:${wordAt(tokens, i, "")}`);
  if (to - from > 8) f.push("btw:long");
}

/** One person's slot in the sentence: the words right around it, quotes and speech. */
function pushSlot(f: string[], side: string, tokens: readonly Token[], p: Actor): void {
  const before = wordAt(tokens, p.from - 1, "^");
  const after = wordAt(tokens, p.to, "$");
  f.push(`${side}:before:${before}`, `${side}:after:${after}`);
  if (p.from === 0) f.push(`${side}:opens`);
  if (SAYING.test(after) || SAYING.test(tokens[p.to + 1]?.lower ?? "") || SAYING.test(before))
    f.push(`${side}:speaker`);
  if (insideQuote(tokens, p.from)) f.push(`${side}:quoted`);
}

/** The qualifying words among the five before the meeting word and the one after it. */
function pushQualifiers(f: string[], tokens: readonly Token[], at: number): void {
  for (let i = Math.max(0, at - 5); i <= Math.min(tokens.length - 1, at + 1); i++) {
    if (i === at) continue;
    const w = tokens[i]!.lower;
    if (QUALIFIERS.test(w)) f.push(`q:${i < at ? "pre" : "post"}:${w}`);
  }
}

/**
 * What follows the meeting word: "signed a letter", "signed the treaty", "called for calm",
 * "received a delegation" — the next two words, and the next noun-like word within four.
 */
function pushObject(f: string[], tokens: readonly Token[], at: number): void {
  f.push(`t+1:${wordAt(tokens, at + 1, "$")}`, `t+2:${wordAt(tokens, at + 2, "$")}`);
  for (let i = at + 1; i < Math.min(tokens.length, at + 5); i++) {
    const w = wordAt(tokens, i, "$");
    if (tokens[i]!.punct) break;
    if (!DETERMINERS.has(w)) {
      f.push(`t:obj:${w}`);
      break;
    }
  }
}

/**
 * The words a title is written with ("Prime", "Minister", "Crown", "Foreign"), dates and function
 * words: read as words even when capitalised. Any other capitalised word is a name's.
 */
const KEPT_WORDS: ReadonlySet<string> = new Set([
  ...[...HEAD_OF_STATE_TITLES, ...LEADING_ROLES, ...ROLE_HEADS, ...ROLE_MODIFIERS].flatMap((t) =>
    t.split(" "),
  ),
  ...DATE_WORDS,
  ...FUNCTION_WORDS,
]);

/** A capital anywhere in a token: "Xi", "U.S.", "al-Sisi". */
const HAS_CAPITAL = /\p{Lu}/u;

/**
 * Token `i` as a feature reads it: lowercased, but a word of a name, a country, a place or a
 * body ("Xi", "Manalo", "Chinese", "Beijing", "al-Sisi", "bin") is "CAP", so that no feature is a
 * name: "Ruto met Xi and Manalo" and "Ruto met Lee and Tan" read alike. `edge` past either end.
 */
function wordAt(tokens: readonly Token[], i: number, edge: string): string {
  const t = tokens[i];
  if (t === undefined) return edge;
  if (KEPT_WORDS.has(t.lower)) return t.lower;
  return HAS_CAPITAL.test(t.text) || NAME_PARTICLES.has(t.lower) ? "CAP" : t.lower;
}

/** Words before a noun that say nothing of what it is. */
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its", "this", "that", "by"]);

/** Whether token `at` lies inside a quotation opened before it and not yet closed. */
function insideQuote(tokens: readonly Token[], at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const t = tokens[i]!.text;
    if (t === "“") open = true;
    else if (t === "”") open = false;
    else if (t === '"') open = !open;
  }
  return open;
}

function countryRelation(a: Actor, b: Actor): string {
  if (a.country === undefined || b.country === undefined) return "unknown";
  return a.country === b.country ? "same" : "different";
}

function bucket(n: number): string {
  return n <= 1 ? "0-1" : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+";
}
