import { WENT } from "./meeting-going-verbs.ts";
import {
  mayStateRelativeDay,
  relativeDays,
  shiftDay,
  STORY_OCCASION,
  type RelativeDay,
} from "../dates/relative-day.ts";
import { blankAsides, statedDates, type StatedDate } from "../dates/stated-dates.ts";
import { mayStateDate } from "../dates/resolve-date.ts";
import { isPastMeeting, vagueTimes } from "../dates/vague-time.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { MeetingMention } from "./find-meetings.ts";
import { packedMap, packedFilter } from "../text/packed-map.ts";
import { execAll } from "../text/exec-all.ts";

/**
 * Where the clause that states a meeting's date ends: at a new coordinated clause or an aside
 * ("…on Sunday with Erdoğan, and on Tuesday he received…", "…Y, who took office on 4 March").
 */
const CLAUSE_END =
  /,\s+(?:and|but|while|whereas)\b|;|\s[—¦–¬]\s|\b(?:who|whom|whose|which|where|since|after|before|following|when)\b/i;

/** "after talks", "before a meeting": a preposition the meeting's own words open with. */
const OPENING_PREPOSITION = /^(?:after|before|following)\b/i;

/**
 * Where the meeting's clause ends in `tail` (the text from its words on): a preposition the
 * meeting's words open with ("…announced after talks in Oslo on Wednesday with…") starts the
 * clause whose day is the meeting's, and ends none.
 */
function clauseStop(tail: string): number | undefined {
  const own = OPENING_PREPOSITION.exec(tail);
  const skip = own === null ? 0 : own[0].length;
  const stop = CLAUSE_END.exec(tail.slice(skip));
  return stop === null ? undefined : skip + stop.index;
}

/** A date stated in a sentence (offsets in the sentence): a day or month, or a relative day. */
type Mention = { at: number; date: StatedDate } | { at: number; relative: RelativeDay };

/**
 * The day of one meeting in a sentence that may report several: the first date stated in its own
 * clause after it, else the last one stated before it, else the first the sentence states
 * elsewhere; a day told relative to another ("the next day", "earlier that day") counts from the
 * day stated before it, or from the day of the story so far. A meeting the sentence dates by no
 * day ("last week", "in March", "had last met") has none; one it does not date at all took place
 * on the day of the story (`storyDay`, the day in view after the sentences before: asked for only
 * where needed), unless planned. `dated` is the sentence's text as namesBlanked gives it.
 */
export function meetingDate(
  m: MeetingMention,
  publishedAt: Date,
  storyDay: () => string | undefined,
  dated: string,
  lastStated: () => string | undefined = storyDay,
  leadDay: (noun?: string) => string | undefined = storyDay,
): string | undefined {
  if (m.again === true && m.date !== undefined) return m.date;
  const day = statedDay(m, publishedAt, { storyDay, lastStated, leadDay }, dated);
  return day === undefined && topicRetold(m, dated) ? m.date : day;
}

/**
 * "The two men also discussed the forum's summit in September", "…talked about the blockade
 * imposed since June": what a meeting told before covered, told with no time before its verb —
 * a month or a vague time after the verb is the topic's, and the meeting keeps its day.
 */
const TOPIC_VERB =
  /^(?:discussed|talked\s+(?:about|over)|spoke\s+about|went\s+over|reviewed|touched\s+on|focused\s+on)\b/i;

/** "had discussed": told as before the story's meeting. */
const PLUPERFECT = /\bhad\s+(?:also\s+|already\s+)?$/i;

/** A meeting of the pair told just before (`m.date`, a day), retelling what it covered. */
function topicRetold(m: MeetingMention, dated: string): boolean {
  if (m.date?.length !== 10) return false;
  const at = m.at - m.sentence.sentence.start;
  const before = dated.slice(0, at);
  return (
    TOPIC_VERB.test(dated.slice(at)) &&
    !PLUPERFECT.test(before) &&
    vagueTimes(before).length === 0 &&
    !mayStateDate(before)
  );
}

/** The days a relative one may count from: see resolve. */
interface Anchors {
  readonly storyDay: () => string | undefined;
  readonly lastStated: () => string | undefined;
  /** The day of the occasion a phrase names ("the eve of the summit"), else the story's lead. */
  readonly leadDay: (noun?: string) => string | undefined;
}

/** The day a meeting's sentence (or the story so far) gives it: see meetingDate. */
function statedDay(
  m: MeetingMention,
  publishedAt: Date,
  anchors: Anchors,
  dated: string,
): string | undefined {
  const { storyDay } = anchors;
  // A meeting held lies in the past even in a sentence about the future ("…promised on Tuesday
  // to finish the line by next year, as he held talks…"); only a planned one looks forward.
  const future = m.modality === "future";
  const { text, start } = m.sentence.sentence;
  const at = m.at - start;
  const from = m.dateFrom - start;
  // An aside keeps its dates for a meeting told in it ("X, who met Y on Monday, said…"), not for
  // one whose people stand outside it.
  const plain = blankAsides(text, at, from);
  const tail = plain.slice(from);
  const stop = clauseStop(tail);
  const clauseEnd = from + (stop ?? tail.length);
  const all = mentionsOf(dated, publishedAt, future);
  const mentions = visible(all, text, plain);
  // Its own clause: "met A on Monday and B on Friday" — not a participle's or apposition's phrase
  // ("…held talks with Merz, building on the treaty the two countries signed in July").
  // Not the day of a report closing the sentence ("…, his office said this morning").
  // A meeting held is not dated after the story ("the two discussed the summit Colombia hosts on
  // November 9", told in October): that day is another event's.
  const published = future ? undefined : publishedAt.toISOString().slice(0, 10);
  // The day of the time phrase at `i`; when it gives none, the day of the meeting told before if
  // a verb of saying stands before the phrase (see carried).
  const dayOrCarried = (i: number) =>
    dayOnly(resolve(all, plain, mentions, i, at, anchors)) ?? carried(m, plain, mentions[i]);
  let i = mentions.findIndex(
    (x) =>
      x.at >= from &&
      x.at < clauseEnd &&
      !(published !== undefined && "date" in x && x.date.value > published) &&
      !inSetOffPhrase(plain, x.at, at) &&
      !AS_BEFORE.test(segmentBefore(plain, x.at)) &&
      !(x.at > at && REPORT_DAY.test(segmentBefore(plain, x.at))),
  );
  if (i >= 0 && !spanAfterOwnDay(mentions, i, plain, at)) return dayOrCarried(i);
  // Before it: "On Monday, Adesina sat down with…"; a month opening a span ("since taking office
  // in September") dates something else.
  // "…since the August 8 summit, at which A and B shook hands": a relative clause on the
  // occasion a span opened with is told on that occasion's day.
  i = mentions.findLastIndex(
    (x) =>
      x.at < Math.max(at, from) &&
      !FRONTED_SOURCE.test(plain.slice(0, x.at)) &&
      !spanOnDayBefore(mentions, x, plain, at) &&
      !("date" in x && inSpan(plain, x.at) && !ON_THAT_OCCASION.test(plain.slice(x.at, at))),
  );
  if (i >= 0) return dayOnly(resolve(all, plain, mentions, i, at, anchors));
  // "…visited the capital last week and held talks", "…held talks with Kainerugaba, earlier
  // this week" — but not "…the signing of a deal, extending a scheme launched in 2023".
  const own = plain.slice(0, clauseEnd);
  const vague = vagueTimes(own).some(
    (v) => !inSpan(plain, v) && (v < at || !datesAnother(plain, v, at)),
  );
  // Elsewhere in the sentence, unless it speaks of the future or opens a span ("…, the first
  // talks since Paz took office in November") — or its own clause has dated it by no day ("held
  // talks with A last week, and on Tuesday he called B").
  i = vague
    ? -1
    : mentions.findIndex(
        (x) =>
          x.at >= clauseEnd &&
          !("date" in x && x.date.future) &&
          !inSpan(plain, x.at) &&
          !ARRIVAL.test(segmentBefore(plain, x.at).slice(-32)),
      );
  if (i >= 0) return dayOrCarried(i);
  if (m.date !== undefined) return m.date;
  if (future) return undefined;
  // "11:10 — Aoun has spoken by phone with Macron": a live blog's present perfect is that day's.
  const entry = entryDay(text, publishedAt);
  if (vague || isPastMeeting(entry === undefined ? own : own.replace(PERFECT, "")))
    return undefined;
  return dayOnly(entry ?? storyDay());
}

/**
 * A verb of saying between a meeting and a month: the month is of what was said, and a meeting
 * carried from one told before keeps that one's day ("Ibraev, who sat in on the meeting, said
 * work would resume in April" joins Tuesday's meeting); "had met in November" is not carried.
 */
const SAID = /\b(?:said|says|told|added|announced|warned|noted|stressed|insisted)\b/i;

/** The day carried from the meeting told before, if a verb of saying stands before `x`. */
function carried(m: MeetingMention, plain: string, x: Mention | undefined): string | undefined {
  if (m.date === undefined || x === undefined) return undefined;
  return SAID.test(plain.slice(m.at - m.sentence.sentence.start, x.at)) ? m.date : undefined;
}

/** "According to a communiqué issued late on Wednesday, …": the day of the source, not the meeting. */
const FRONTED_SOURCE = /^\W*according\s+to\b[^,;]*$/i;

/** A report closing a sentence, right before its day: "his office said", "X told reporters". */
const REPORT_DAY =
  /^\s*(?:[\p{L}'’.-]+\s+){1,4}(?:said|says|told(?:\s+[\p{L}'’-]+){0,2}|added|announced|confirmed)\s*(?:on|in|late|early)?\s*$/iu;

/** ", at which", ", where", ", during which": a relative clause on the occasion just named. */
const ON_THAT_OCCASION = /^[^,;]*,\s+(?:at|during|on)\s+which\b[^,;]*$|^[^,;]*,\s+where\b[^,;]*$/i;

/** "has spoken", "have met": in a live blog's entry, done since the last one. */
const PERFECT = /\b(?:has|have)\s+(?:also\s+)?(?:met|spoken|talked|held\s+talks)\b/gi;

/** A live blog's entry: "18:20 — Ortagus has left…", "9.15am – The minister arrives…". */
export const TIMESTAMPED =
  /^\s*(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?m\.?\s*|[a-z]{3,4}\s+)?[—¦–¬-]\s/i;

/**
 * The day of a live blog's time-stamped entry: the day it was published — the day before when
 * the entry's local time is more than half a day past the publication's UTC time (an evening
 * in the Americas published after midnight UTC: "18:15 — …" in a blog published at 04:30 UTC).
 */
function entryDay(text: string, publishedAt: Date): string | undefined {
  const m = TIMESTAMPED.exec(text);
  if (m === null) return undefined;
  const clock = Number(m[1]);
  const hour = m[3] === undefined ? clock : (clock % 12) + (m[3].toLowerCase() === "p" ? 12 : 0);
  const minutes = hour * 60 + Number(m[2]);
  const published = publishedAt.getUTCHours() * 60 + publishedAt.getUTCMinutes();
  const day = publishedAt.toISOString().slice(0, 10);
  return minutes - published > 12 * 60 ? shiftDay(day, -1) : day;
}

/**
 * The day in view after a sentence: the first day or month it states of its own events ("The
 * visit began on Saturday evening…"), or the day it opens with relative to the one in view ("The
 * day before, …"). Not a day to come, one in an aside or in quotes, the start of a span ("since
 * taking office in January"), nor the day of a statement or an arrival ("she told reporters on
 * Monday", "arrived late on Thursday and began Friday with…") once the story has a day.
 */
export function dayInView(
  text: string,
  publishedAt: Date,
  before: string | undefined,
  lead: (noun?: string) => string | undefined = () => before,
): string | undefined {
  const storyDay = entryDay(text, publishedAt) ?? before;
  const all = mentionsOf(text, publishedAt, false);
  if (all.length === 0) return storyDay;
  const plain = blankQuotes(blankAsides(text));
  const mentions = visible(all, text, plain);
  const ownDay = (x: Mention): boolean =>
    "date" in x
      ? !x.date.future &&
        !inSpan(plain, x.at) &&
        (storyDay === undefined ||
          (!SIDE_EVENT.test(segmentBefore(plain, x.at).slice(-48)) &&
            !POSSESSIVE.test(plain.slice(x.date.end, x.date.end + 2)) &&
            (OPENING.test(plain.slice(0, x.at)) || !isBackground(x.date, publishedAt))))
      : x.relative.between === undefined && !/\S/.test(plain.slice(0, x.at));
  const first = mentions.findIndex(ownDay);
  if (first < 0) return storyDay;
  const i = movedOn(mentions, first, plain, ownDay);
  const inView = () => storyDay;
  const anchors = {
    storyDay: inView,
    lastStated: inView,
    leadDay: (noun?: string) => lead(noun) ?? storyDay,
  };
  const day = resolve(all, plain, mentions, i, text.length, anchors) ?? storyDay;
  // "The fund said it had disbursed $87 million this month": a month or year reported in a
  // statement, holding the day in view, leaves that day in view.
  const at = mentions[i]?.at ?? 0;
  return day !== undefined &&
    day.length < 10 &&
    storyDay?.startsWith(day) === true &&
    REPORTED.test(segmentBefore(plain, at))
    ? storyDay
    : day;
}

/**
 * "They condemned Tuesday's launch", "after Sunday's vote": a day in the possessive names the day
 * of another event, not of the story's own, once the story has a day.
 */
const POSSESSIVE = /^['’]s\b/;

/**
 * "EU leaders gather on Thursday for the summit", "a summit in Lisbon on Wednesday": a day stated
 * next to an occasion noun (group 1 or 2), the day "the day before the summit" counts from. Not
 * case-blind: \p{Lu} would take any letter.
 */
const OCCASION_DAY = new RegExp(
  String.raw`\b[Oo]n\s+[\p{Lu}\d][\p{L}\d]*(?:\s+\d{1,2})?\s+(?:for|at)\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’–¬-]+\s+){0,2}?(${STORY_OCCASION})\b|\b(${STORY_OCCASION})\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?on\s+[\p{Lu}\d][\p{L}\d]*`,
  "gu",
);

/**
 * The whole days a sentence states next to occasion nouns (OCCASION_DAY), by noun: "arrives on
 * Tuesday for a visit" dates the visit, not "the eve of the summit".
 */
export function occasionDaysStated(text: string, publishedAt: Date): Map<string, string> {
  const out = new Map<string, string>();
  const matches = execAll(OCCASION_DAY, text);
  if (matches.length === 0) return out;
  const all = mentionsOf(text, publishedAt, false);
  for (const m of matches) {
    const noun = m[1] ?? m[2] ?? "";
    const x = all.find(
      (y) =>
        "date" in y &&
        y.date.value.length === 10 &&
        y.at >= m.index &&
        y.at < m.index + m[0].length,
    );
    if (x !== undefined && "date" in x && !out.has(noun)) out.set(noun, x.date.value);
  }
  return out;
}

/**
 * The last day a sentence states outside quotes, of whatever event ("Japan said on Friday it
 * would…" states Friday): the day a following "the same day" or "the next day" counts from.
 */
export function lastDayStated(text: string, publishedAt: Date): string | undefined {
  const all = mentionsOf(text, publishedAt, false);
  if (all.length === 0) return undefined;
  const plain = blankQuotes(text);
  const x = visible(all, text, plain).findLast(
    (y) => "date" in y && y.date.value.length === 10 && !inSpan(plain, y.at),
  );
  return x !== undefined && "date" in x && !x.date.future ? x.date.value : undefined;
}

/**
 * "A held talks in Tripoli on Sunday with B and flew to Benghazi on Monday to meet C": a later day
 * a coordinated verb of the same subject goes on to is where the story stands after the sentence.
 */
function movedOn(
  mentions: readonly Mention[],
  first: number,
  plain: string,
  ownDay: (x: Mention) => boolean,
): number {
  const x = mentions[first];
  if (x === undefined || !("date" in x) || x.date.value.length !== 10) return first;
  let j = first;
  for (let k = first + 1; k < mentions.length; k++) {
    const y = mentions[k]!;
    if (!("date" in y) || y.date.value.length !== 10 || !ownDay(y)) continue;
    const prev = mentions[j]!;
    if (!("date" in prev) || y.date.value <= prev.date.value) continue;
    if (!MOVED_ON.test(plain.slice(prev.at, y.at))) continue;
    j = k;
  }
  return j;
}

/** " and flew to", " and then travelled": a coordinated verb of the subject, no new clause. */
const MOVED_ON = new RegExp(
  String.raw`^[^;:]*?\band\s+(?:then\s+|later\s+)?(?:${WENT}|went|moved|continued|returned|proceeded)\b[^;:]*$`,
  "i",
);

/** "On December 26, Israel became…": a date fronted before the sentence's clause sets its time. */
const OPENING = /^\W*(?:on|in|early|late|by)?\s*$/i;

/** A statement's verb before what it reports. */
const REPORTED = /\b(?:said|says|told|announced|reported)\b/i;

/**
 * "The bloc reaffirmed the sanctions it imposed on July 30", "…sites bombed in June": a day more
 * than a week before publication, or a month over by then, is background to a story that already
 * has its day.
 */
function isBackground(d: StatedDate, publishedAt: Date): boolean {
  const cutoff = publishedAt.getTime() - 8 * 86_400_000;
  if (d.value.length === 10) return Date.parse(d.value) < cutoff;
  if (d.value.length !== 7) return false;
  const [y, mo] = d.value.split("-").map(Number);
  return y !== undefined && mo !== undefined && Date.UTC(y, mo, 1) <= cutoff;
}

/** An arrival's verb: "arrived late", "landed", "flew in". */
const ARRIVED = String.raw`(?:arrived|arrives|landed|lands|flew\s+in|flown\s+in)(?:\s+(?:late|early))?`;

/**
 * A statement or an arrival just before a date: "told reporters on Monday", "landed on…",
 * "Speaking in the Chinese capital on Friday, …", "The government announced on Tuesday that…".
 */
const SIDE_EVENT = new RegExp(
  String.raw`\b(?:said|says|told(?:\s+[\p{L}'’-]+){0,3}|speaking(?:\s+(?:in|at|to)(?:\s+[\p{L}'’-]+){1,3})?|${ARRIVED}|(?:announced|stated|declared|confirmed|warned|tweeted|posted|wrote)(?:\s+(?:late|early|on|in|a|an|the|statement|post|letter))*)\s*$`,
  "iu",
);

/** "…, where Reina had arrived on Thursday": the day of an arrival, not of the talks. */
const ARRIVAL = new RegExp(String.raw`\b${ARRIVED}\s*$`, "i");

/**
 * ", as they had done at the first round in April", ", as he did in 2019": a likeness to another
 * occasion, whose day is not the meeting's.
 */
const AS_BEFORE =
  /^\s*as\s+(?:they|he|she|we|it|the\s+two(?:\s+[a-z]+)?)\s+(?:had|did|have|has|do|does)\b/i;

/** The words of a date's own comma-delimited stretch before it. */
function segmentBefore(plain: string, at: number): string {
  const from = Math.max(plain.lastIndexOf(",", at - 1), plain.lastIndexOf(";", at - 1)) + 1;
  return plain.slice(from, at);
}

/** "…, the first talks since Paz took office in November": a date opening a span. */
function inSpan(plain: string, at: number): boolean {
  return /\bsince\b|\bfrom\s*$/i.test(segmentBefore(plain, at));
}

const QUOTE = /["“][^"“”]*["”]/g;

/** Quoted words blanked: "The world is safer today," Tedros said — a day of the speaker's own. */
function blankQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("“")) return text;
  return text.replace(QUOTE, (q) => " ".repeat(q.length));
}

const NONE: readonly Mention[] = [];

/**
 * The sentence's text with each person named by a date word blanked (same length, so offsets
 * hold): "Prime Minister Amos Friday visited Ghana" — a weekday inside a name dates nothing.
 */
export function namesBlanked(s: AnalyzedSentence, actors: readonly Actor[]): string {
  const { text, start } = s.sentence;
  if (!mayStateDate(text)) return text;
  let out = text;
  for (const a of actors) {
    if (a.label !== "Person" || a.via !== "name") continue;
    const from = a.start - start;
    const to = a.end - start;
    if (from < 0 || to > text.length || !mayStateDate(text.slice(from, to))) continue;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}

/** The last sentence's mentions: its meetings and the day in view read the same dates. */
let last:
  { text: string; publishedAt: Date; future: boolean; mentions: readonly Mention[] } | undefined;

/** The dates and relative days a sentence states, in order. */
function mentionsOf(text: string, publishedAt: Date, future: boolean): readonly Mention[] {
  if (last?.text === text && last.publishedAt === publishedAt && last.future === future)
    return last.mentions;
  const dated = mayStateDate(text);
  if (!dated && !mayStateRelativeDay(text)) return NONE;
  const mentions: Mention[] = dated
    ? packedMap(statedDates(text, 0, publishedAt, future), (date) => ({ at: date.start, date }))
    : [];
  const relative = relativeDays(text, 0);
  if (relative.length > 0) {
    for (const r of relative) mentions.push({ at: r.start, relative: r });
    mentions.sort((a, b) => a.at - b.at);
  }
  last = { text, publishedAt, future, mentions };
  return mentions;
}

/** The mentions left standing once asides or quotes are blanked out of `text`. */
function visible(mentions: readonly Mention[], text: string, plain: string): readonly Mention[] {
  if (plain === text) return mentions;
  return packedFilter(mentions, (x) => {
    const end = "date" in x ? x.date.end : x.relative.end;
    return plain.slice(x.at, end) === text.slice(x.at, end);
  });
}

/**
 * The day or month mention `i` names; a relative one counts from the last day stated before it
 * in the sentence, else from the story's day (asked for only then).
 */
function resolve(
  all: readonly Mention[],
  plain: string,
  mentions: readonly Mention[],
  i: number,
  meetingAt: number,
  { storyDay, lastStated, leadDay }: Anchors,
): string | undefined {
  const x = mentions[i];
  if (x === undefined) return undefined;
  if ("date" in x) return x.date.value;
  if (x.relative.occasion === true) return occasionDay(all, x, leadDay);
  // The anchor may stand in an aside: "Albanese, who flew in on Tuesday, held talks that evening".
  // With none in the sentence, "the same day", "later that day" look back to the day the sentence
  // before stated, even one it told of a statement ("Japan said on Friday it would… A spoke with B
  // the same day"); a count of days ("a day earlier") counts from the story's day.
  const stated = all.findLast((y) => "date" in y && y.at < x.at);
  const anchor = dayOnly(
    stated !== undefined && "date" in stated
      ? stated.date.value
      : x.relative.between === undefined && x.relative.shift === 0
        ? lastStated()
        : storyDay(),
  );
  if (anchor === undefined) return undefined;
  const r = x.relative;
  const otherEnd = r.between !== undefined && isInSpan(plain, r, meetingAt);
  return shiftDay(anchor, otherEnd ? -r.shift : r.shift);
}

/**
 * "The day before the summit, A met B": the day before the story's occasion, the first day it
 * gave (the day in view may have moved on to later events). "On Monday, the eve of the talks": a
 * day the sentence states before the phrase is the one it restates.
 */
function occasionDay(
  all: readonly Mention[],
  x: { at: number; relative: RelativeDay },
  leadDay: (noun?: string) => string | undefined,
): string | undefined {
  // Only a whole day restates it: "who took office in May 2017, met B the day before the summit".
  const stated = all.findLast((y) => "date" in y && y.at < x.at && y.date.value.length === 10);
  if (stated !== undefined && "date" in stated) return stated.date.value;
  const lead = dayOnly(leadDay(x.relative.noun));
  return lead === undefined ? undefined : shiftDay(lead, x.relative.shift);
}

/**
 * "flew to Gdansk on Thursday for talks with Tusk, a day after jets shot down drones": a span to
 * another event, after a day its own clause states before the meeting's words, tells that
 * event's day, not the meeting's — the day before is the meeting's.
 */
function spanAfterOwnDay(
  mentions: readonly Mention[],
  i: number,
  plain: string,
  at: number,
): boolean {
  const x = mentions[i];
  if (x === undefined || !("relative" in x) || x.relative.between === undefined) return false;
  return mentions.some((y) => "date" in y && y.at < at && !CLAUSE_END.test(plain.slice(y.at, at)));
}

/**
 * "On Tuesday, a day after the election, A met B": a span set off right after a day describes
 * that day, which is the meeting's after the span; the span's other end is another event's.
 */
function spanOnDayBefore(
  mentions: readonly Mention[],
  x: Mention,
  plain: string,
  at: number,
): boolean {
  if (!("relative" in x) || x.relative.between === undefined) return false;
  // "…on Tuesday, a day before her talks with C": the meeting inside the span is its other end.
  const comma = plain.indexOf(",", x.relative.end);
  if (comma < 0 || comma > at) return false;
  // Not the day of a report: "…, the bank said on Wednesday, a day after its president, B, met
  // C" — the span runs back from the report to the meeting.
  return mentions.some(
    (y) =>
      "date" in y &&
      y.date.end <= x.at &&
      /^\s*,\s*$/.test(plain.slice(y.date.end, x.at)) &&
      !REPORT_DAY.test(segmentBefore(plain, y.at)),
  );
}

/**
 * "The announcement came a day after Alimi held talks", "A day after Alimi held talks, the
 * kingdom…", "…, a day after talks with B": the talks are the other end of the span, a day before
 * the day in view — but not the meeting of the main clause after a fronted span ("A day after the
 * vote, Ruto met…").
 */
function isInSpan(plain: string, r: RelativeDay, meetingAt: number): boolean {
  if (meetingAt < r.start) return false;
  // "…said on Wednesday, a day after talks with B failed": the span's own "after" opens the
  // meeting's words, which are its far end.
  if (meetingAt < r.end) return true;
  if (/\S/.test(plain.slice(0, r.start).replace(/^\W*(?:and|but|then)?\W*/i, ""))) return true;
  const comma = plain.indexOf(",", r.end);
  return comma < 0 || meetingAt < comma;
}

/** "…to set up ", "…to hold elections ": an infinitive and its object just before a time. */
const INFINITIVE_BEFORE =
  /\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|be|have)\b)[a-z]+(?:\s+(?:up|out|off|down|back|on|in))?(?:\s+[a-z]+)?\s+$/;

/**
 * A time after the meeting's verb that dates something else: a participle ("a programme launched
 * in 2022", "…, extending a scheme set up last year") or a noun phrase in apposition.
 */
function datesAnother(plain: string, index: number, verbAt: number): boolean {
  if (inSetOffPhrase(plain, index, verbAt)) return true;
  // "…a group the two governments agreed to set up in the spring": an infinitive's own time.
  if (INFINITIVE_BEFORE.test(plain.slice(Math.max(verbAt, index - 40), index))) return true;
  const prev = /(?:^|\s)([a-z]+)\s+$/.exec(plain.slice(Math.max(0, index - 24), index));
  return prev !== null && index - prev[0].length > verbAt && /(?:ed|en)$/.test(prev[1] ?? "");
}

/** A participle opening a phrase set off by a comma: ", building on… in July". */
const PARTICIPLE_OPENS = /^\s*[a-z]+(?:ing|ed)\b/;

/**
 * A noun phrase set off by a comma, which describes what it follows: "…talks on the Cocoa
 * Initiative, the joint body set up in 2018", "…, a week after the summit".
 */
const NOUN_PHRASE_OPENS = /^\s*(?:the|a|an)\s/i;

/** A date in a participle's phrase or a noun phrase in apposition set off after the verb. */
function inSetOffPhrase(plain: string, index: number, verbAt: number): boolean {
  const segment = segmentBefore(plain, index);
  return (
    index - segment.length > verbAt &&
    (PARTICIPLE_OPENS.test(segment) || NOUN_PHRASE_OPENS.test(segment))
  );
}

/** A full day only: "2024-05" (a month) dates no day. */
function dayOnly(value: string | undefined): string | undefined {
  return value !== undefined && value.length === 10 ? value : undefined;
}
