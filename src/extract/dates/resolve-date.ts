import { MONTHS, WEEKDAYS } from "../gazetteer/words.ts";
import { countOf } from "./relative-day.ts";
import { lastTextMemo } from "../text/last-text-memo.ts";

export interface DateMention {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const DAY_MS = 86_400_000;
const MONTH = `(${MONTHS.join("|")})`;
/** A month as news agencies write it before or after a day: "Jan. 15", "15 Sept 2024". */
const ABBREVIATED = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const DAY_MONTH = `(${MONTHS.join("|")}|(?:${ABBREVIATED})\\.?)`;
const WEEKDAY = `(${WEEKDAYS.join("|")})`;
/**
 * A weekday a full date follows ("on Monday 3 February", "Monday, the 3rd of February"): read
 * with the date, whose match then starts at the weekday and wins over the weekday's own.
 */
const WEEKDAY_BEFORE = `(?:${WEEKDAYS.join("|")}),?\\s+(?:the\\s+)?`;
const PATTERNS: readonly {
  re: RegExp;
  resolve: (m: RegExpExecArray, pub: Date, future: boolean) => string | undefined;
}[] = [
  {
    re: new RegExp(
      `\\b(?:${WEEKDAY_BEFORE})?${DAY_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
      "i",
    ),
    resolve: (m, pub, f) => monthDay(m[1], m[2], m[3], pub, f),
  },
  {
    re: new RegExp(
      `\\b(?:${WEEKDAY_BEFORE})?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${DAY_MONTH}(?!\\w)(?:\\s+(\\d{4}))?`,
      "i",
    ),
    resolve: (m, pub, f) => monthDay(m[2], m[1], m[3], pub, f),
  },
  {
    re: new RegExp(`\\b(this|last|next|on|that|coming)?\\s*${WEEKDAY}\\b`, "i"),
    resolve: (m, pub, f) => weekday(m[1], m[2], pub, f),
  },
  {
    // "two days ago", "the day before yesterday": counted back from the publication's day.
    re: /\b(a|one|two|three|four|five|six|[1-6])\s+days?\s+ago\b|\bthe\s+day\s+before\s+yesterday\b/i,
    resolve: (m, pub) => daysAgo(m[1], pub),
  },
  {
    // "today", "this morning" (a press release's or live blog's own day), "last night".
    re: /\b(yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i,
    resolve: (m, pub) => relativeDay(m[1], pub),
  },
  {
    re: new RegExp(
      `\\b(?:in|from|until|by|during|since|early|late|mid-?)\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`,
      "i",
    ),
    resolve: (m, pub, f) => monthOnly(m[1], m[2], pub, f),
  },
  {
    // "last September", "at the end of October": a month, capitalised ("this may" is a verb).
    re: new RegExp(
      `\\b(?:[Ll]ast|[Tt]his|[Nn]ext|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)\\s+(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|")})(?:\\s+(\\d{4}))?\\b`,
    ),
    resolve: (m, pub, f) => monthOnly(m[1], m[2], pub, f),
  },
  {
    // "New Year's Day", "Christmas Eve": a holiday on a fixed day, the nearest one.
    re: /\b(New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day)\b/,
    resolve: (m, pub, f) => {
      const [month, day] = HOLIDAYS[(m[1] ?? "").replace(/\s+/g, " ").replace("’", "'")] ?? [];
      return monthDay(month, day, undefined, pub, f);
    },
  },
  {
    re: /\b(next|last|this)\s+month\b/i,
    resolve: (m, pub) =>
      shiftMonth(pub, m[1]?.toLowerCase() === "next" ? 1 : m[1]?.toLowerCase() === "last" ? -1 : 0),
  },
];

/** The holidays news dates by name, on the same day every year. */
const HOLIDAYS: Readonly<Record<string, readonly [string, string]>> = {
  "New Year's Day": ["january", "1"],
  "New Year's Eve": ["december", "31"],
  "Christmas Day": ["december", "25"],
  "Christmas Eve": ["december", "24"],
  "Boxing Day": ["december", "26"],
};

/**
 * A word every pattern needs (a month, a weekday, "today", "month"…): most sentences hold none,
 * and one search for them costs less than the six patterns.
 */
const ANY_DATE_WORD = new RegExp(
  `\\b(?:${[...MONTHS, ABBREVIATED, ...WEEKDAYS, "yesterday", "today", "tomorrow", "days?\\s+ago", "tonight", "month", "this\\s+(?:morning|afternoon|evening)", "last\\s+night", "new\\s+year['’]s", "christmas", "boxing\\s+day"].join("|")})\\b`,
  "i",
);

/**
 * Whether a text may state a date at all: one cheap search before the patterns. A sentence is
 * asked about three or four times in a row (its meetings' dates, the day in view, each date found),
 * so the answer for the last text is kept.
 */
export const mayStateDate = lastTextMemo((text) => ANY_DATE_WORD.test(text));

/** The first date a sentence states, resolved against the publication instant. */
export function findDate(
  text: string,
  offset: number,
  publishedAt: Date,
  future: boolean,
): DateMention | undefined {
  if (!mayStateDate(text)) return undefined;
  let best: DateMention | undefined;
  for (const { re, resolve } of PATTERNS) {
    const m = re.exec(text);
    if (m === null) continue;
    const value = resolve(m, publishedAt, future);
    if (value === undefined) continue;
    const found = { value, start: offset + m.index, end: offset + m.index + m[0].length };
    // "since December 3", "until May 9": the day, not the month read from the word before it.
    const overlaps = best !== undefined && found.start < best.end && best.start < found.end;
    if (
      best === undefined ||
      (overlaps ? value.length > best.value.length : found.start < best.start)
    )
      best = found;
  }
  return best;
}

function weekday(
  qualifier: string | undefined,
  name: string | undefined,
  pub: Date,
  future: boolean,
): string | undefined {
  const target = WEEKDAYS.indexOf((name ?? "").toLowerCase());
  if (target < 0) return undefined;
  const q = qualifier?.toLowerCase();
  const forward = q === "next" || q === "coming" || (future && q !== "last");
  const today = pub.getUTCDay();
  let delta = forward ? (target - today + 7) % 7 || 7 : -((today - target + 7) % 7);
  if (q === "last" && delta === 0) delta = -7;
  return iso(new Date(pub.getTime() + delta * DAY_MS));
}

/** "two days ago" (undefined: "the day before yesterday", two days). */
function daysAgo(count: string | undefined, pub: Date): string {
  const n = count === undefined ? 2 : countOf(count);
  return iso(new Date(pub.getTime() - n * DAY_MS));
}

function relativeDay(word: string | undefined, pub: Date): string {
  const w = (word ?? "").toLowerCase();
  const delta = w === "yesterday" || w.startsWith("last") ? -1 : w === "tomorrow" ? 1 : 0;
  return iso(new Date(pub.getTime() + delta * DAY_MS));
}

/** "March", "mar" or "Mar." → 2; -1 for no month. */
function monthIndex(month: string | undefined): number {
  const w = (month ?? "").toLowerCase().replace(/\.$/, "");
  return w.length < 3
    ? -1
    : MONTHS.findIndex((name) => name === w || (w.length <= 4 && name.startsWith(w)));
}

function monthDay(
  month: string | undefined,
  day: string | undefined,
  year: string | undefined,
  pub: Date,
  future: boolean,
): string | undefined {
  const m = monthIndex(month);
  const d = Number(day);
  if (m < 0 || d < 1 || d > 31) return undefined;
  const y = year !== undefined ? Number(year) : nearestYear(pub, m, d, future);
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCDate() === d ? iso(date) : undefined;
}

function monthOnly(
  month: string | undefined,
  year: string | undefined,
  pub: Date,
  future: boolean,
): string | undefined {
  const m = MONTHS.indexOf((month ?? "").toLowerCase());
  if (m < 0) return undefined;
  const y = year !== undefined ? Number(year) : nearestYear(pub, m, 15, future);
  return `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** A date without a year lies in the publication's year unless the tense points across it. */
function nearestYear(pub: Date, month: number, day: number, future: boolean): number {
  const y = pub.getUTCFullYear();
  const candidate = Date.UTC(y, month, day);
  if (future && candidate < pub.getTime() - 31 * DAY_MS) return y + 1;
  if (!future && candidate > pub.getTime() + 31 * DAY_MS) return y - 1;
  return y;
}

function shiftMonth(pub: Date, by: number): string {
  const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + by, 1));
  return iso(d).slice(0, 7);
}

/** YYYY-MM-DD of a UTC date (cheaper than `toISOString`, which runs for every date read). */
function iso(date: Date): string {
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${date.getUTCFullYear()}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
