import { execAll } from "../text/exec-all.ts";

/**
 * Days named relative to another: "the next day", "a day earlier", "later that day". Their day
 * is the day stated last before them (in the sentence, else in the story so far), shifted.
 */

/** A relative day phrase: where it stands and how many days it moves from its anchor. */
export interface RelativeDay {
  readonly start: number;
  readonly end: number;
  /** Days from the anchor: -1, 0 or 1. */
  readonly shift: number;
  /**
   * "X met Y a day after the summit" (+1) vs "the decision came a day after X met Y" (-1): a span
   * between two events, whose sign depends on which end of it the meeting stands.
   */
  readonly between?: "after" | "before";
}

const PART = "(?:day|morning|afternoon|evening|night)";

/** Cheap test: every phrase holds one of these words. */
const HINT = /\b(?:day|morning|afternoon|evening|night|hours)\b/i;

const PHRASES: readonly { re: RegExp; shift: number; between?: "after" | "before" }[] = [
  // "the day after the vote, …" / "a day after Alimi held talks…": a span to another event.
  { re: /\b(?:a|one|the)\s+day\s+(after|before)\b(?!\s*[,.;])/gi, shift: 1, between: "after" },
  {
    re: new RegExp(
      `\\b(?:the\\s+(?:next|following)\\s+${PART}|(?:a|one)\\s+day\\s+later|the\\s+day\\s+after)\\b`,
      "gi",
    ),
    shift: 1,
  },
  {
    re: new RegExp(
      `\\b(?:the\\s+(?:previous|preceding)\\s+${PART}|(?:a|one)\\s+day\\s+(?:earlier|before)|the\\s+${PART}\\s+before)\\b`,
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
      const start = offset + m.index;
      const end = start + m[0].length;
      if (out.some((r) => start < r.end && r.start < end)) continue;
      const dir = p.between === undefined ? undefined : (m[1]?.toLowerCase() as "after" | "before");
      out.push({
        start,
        end,
        shift: dir === undefined ? p.shift : dir === "after" ? 1 : -1,
        ...(dir === undefined ? {} : { between: dir }),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a text may name a relative day at all (one cheap search). */
export function mayStateRelativeDay(text: string): boolean {
  return HINT.test(text);
}

const DAY_MS = 86_400_000;

/** The day `shift` days from a YYYY-MM-DD day. */
export function shiftDay(day: string, shift: number): string {
  if (shift === 0) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + shift * DAY_MS).toISOString().slice(0, 10);
}
