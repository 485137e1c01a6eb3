import { execAll } from "../text/exec-all.ts";
import { lastTextMemo } from "../text/last-text-memo.ts";

/**
 * Days named relative to another: "the next day", "a day earlier", "later that day". Their day
 * is the day stated last before them (in the sentence, else in the story so far), shifted.
 */

/** A relative day phrase: where it stands and how many days it moves from its anchor. */
export interface RelativeDay {
  readonly start: number;
  readonly end: number;
  /** Days from the anchor: "the day before" -1, "that evening" 0, "three days later" 3. */
  readonly shift: number;
  /**
   * "X met Y a day after the summit" (+1) vs "the decision came a day after X met Y" (-1): a span
   * between two events, whose sign depends on which end of it the meeting stands.
   */
  readonly between?: true;
  /**
   * "The day before the summit", "on the eve of his visit": counted from the day of the occasion
   * the story is about (the first day it gives), not from the day in view, which may have moved on.
   */
  readonly occasion?: true;
  /** The occasion noun such a phrase names ("summit", "visit"), whose day it counts from. */
  readonly noun?: string;
}

const PART = "(?:day|morning|afternoon|evening|night)";

/** Cheap test: every phrase holds one of these words. */
const HINT = /\b(?:day|days|morning|afternoon|evening|night|hours|eve)\b/i;

/**
 * The occasions a story is about, which a day may be told relative to (not meeting-copresence's
 * or funding-occasion's OCCASION, which name other things).
 */
export const STORY_OCCASION =
  "(?:summit|talks|meeting|audience|visit|trip|tour|signing|conference|session|forum|ceremony|inauguration)";

/**
 * "the summit", "his audience at the palace", "the EU-China summit", "the Franco–German talks"
 * (the en dash read as its one-byte stand-in "¬" too).
 */
const OCCASION_NP = `(?:the|his|her|their|its)\\s+(?:[\\p{L}'’–¬-]+\\s+){0,2}?${STORY_OCCASION}\\b`;

/** "a day", "the day", "three days", "3 days" ("the days before the vote" counts none). */
const COUNT = "((?:a|an|one|the)(?=\\s+day\\b)|two|three|four|five|six|seven|[1-7])";
const COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

/** How many days "a", "three" or "3" counts. */
export function countOf(word: string | undefined): number {
  const w = (word ?? "").toLowerCase();
  return COUNTS[w] ?? (/^[1-7]$/.test(w) ? Number(w) : 1);
}

/** A day named in full before an ordinal one: a weekday, a month, "yesterday", "today". */
const DAY_WORD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|yesterday|today)\b/;

/** "the second day" of a visit or a summit: how many days after its first. */
const ORDINALS: Readonly<Record<string, number>> = { second: 1, third: 2, fourth: 3, fifth: 4 };

const PHRASES: readonly {
  re: RegExp;
  shift: number;
  between?: true;
  ordinal?: true;
  occasion?: true;
}[] = [
  // "The day before the summit, A held talks with B", "on the eve of the talks": the day before
  // the occasion's own day (before "the day before" alone takes the words).
  {
    re: new RegExp(
      `\\b(?:on\\s+)?the\\s+(?:(?:day|night|evening)\\s+before|eve\\s+of)\\s+${OCCASION_NP}`,
      "giu",
    ),
    shift: -1,
    occasion: true,
  },
  // "Sato began a three-day visit on Monday. On the second day he met Cruz": counted from the
  // day the visit (or summit, or tour) began, the day stated before.
  {
    re: /\b(?:on\s+)?(?:the|its|his|her|their)\s+(second|third|fourth|fifth)\s+day\b/gi,
    shift: 0,
    ordinal: true,
  },
  // "a day after the vote, …" / "three days after Alimi held talks…": a span to another event.
  {
    re: new RegExp(`\\b${COUNT}\\s+days?\\s+(after|before)\\b(?!\\s*[,.;]|\\s+yesterday\\b)`, "gi"),
    shift: 1,
    between: true,
  },
  // "two days later", "a day earlier"
  { re: new RegExp(`\\b${COUNT}\\s+days?\\s+(later|earlier)\\b`, "gi"), shift: 1 },
  {
    re: new RegExp(`\\b(?:the\\s+(?:next|following)\\s+${PART}|the\\s+day\\s+after)\\b`, "gi"),
    shift: 1,
  },
  {
    re: new RegExp(
      `\\b(?:the\\s+(?:previous|preceding)\\s+${PART}|the\\s+${PART}\\s+before(?!\\s+yesterday))\\b`,
      "gi",
    ),
    shift: -1,
  },
  {
    re: new RegExp(
      `\\b(?:(?:earlier|later)\\s+(?:that|the\\s+same|in\\s+the)\\s+${PART}|(?:that|the\\s+same)\\s+${PART}|hours\\s+(?:later|earlier)|in\\s+the\\s+(?:morning|afternoon|evening))\\b`,
      "gi",
    ),
    shift: 0,
  },
];

/**
 * The relative day phrases of a text, in order, with offsets from `offset`: "Lajčák met Vučić on
 * Monday and travelled to Pristina the next day" names Tuesday.
 */
export function relativeDays(text: string, offset: number): RelativeDay[] {
  if (!mayStateRelativeDay(text)) return [];
  const out: RelativeDay[] = [];
  for (const p of PHRASES) {
    for (const m of execAll(p.re, text)) {
      // "met Xi on Friday, the fourth day of the visit": a day of its own stated before wins.
      if (p.ordinal === true && DAY_WORD.test(text.slice(0, m.index))) continue;
      const start = offset + m.index;
      const end = start + m[0].length;
      if (out.some((r) => start < r.end && r.start < end)) continue;
      // The counted phrases: "three days after" (+3), "a day earlier" (-1).
      const dir = m[2]?.toLowerCase();
      const shift =
        p.ordinal === true
          ? (ORDINALS[(m[1] ?? "").toLowerCase()] ?? 0)
          : dir === undefined
            ? p.shift
            : (dir === "after" || dir === "later" ? 1 : -1) * countOf(m[1]);
      out.push({
        start,
        end,
        shift,
        ...(p.between === true ? { between: true as const } : {}),
        ...(p.occasion === true
          ? { occasion: true as const, noun: /\p{L}+$/u.exec(m[0])?.[0].toLowerCase() ?? "" }
          : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a text may name a relative day at all (one cheap search); a sentence is asked about
 * before its phrases are read, so the answer for the last text is kept.
 */
export const mayStateRelativeDay = lastTextMemo((text) => HINT.test(text));

const DAY_MS = 86_400_000;

/** The day `shift` days from a YYYY-MM-DD day. */
export function shiftDay(day: string, shift: number): string {
  if (shift === 0) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + shift * DAY_MS).toISOString().slice(0, 10);
}
