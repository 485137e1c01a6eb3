import { clauseWindow, FUTURE_HINT } from "../facts/modality.ts";
import { findDate, type DateMention } from "./resolve-date.ts";
import { execAll } from "../text/exec-all.ts";

/** A date a sentence states, and whether the words before it put it in the future. */
export interface StatedDate extends DateMention {
  readonly future: boolean;
}

/**
 * Asides that date something else than the clause around them: a relative clause set off by
 * commas ("Faye, who landed on Monday evening, spent three hours with…", "van Klaveren, whose
 * government leaves office on March 11") or brackets.
 */
const ASIDE = /,\s+(?:who|whom|whose|which)\b[^,;()—¦–¬]*|\([^()]*\)/g;
const ASIDE_HINT = /,\s+(?:who|whom|whose|which)\b|\(/i;

/**
 * The text with its asides blanked out (same length, so offsets hold), except the aside holding
 * `keep` and `also` — the meeting's own words and people, if it is told in one.
 */
export function blankAsides(text: string, keep = -1, also = keep): string {
  if (!ASIDE_HINT.test(text)) return text;
  let out = text;
  for (const m of execAll(ASIDE, text)) {
    const end = m.index + m[0].length;
    if (keep >= m.index && keep < end && (also < end || continuesList(text, end))) continue;
    out = out.slice(0, m.index) + " ".repeat(m[0].length) + out.slice(end);
  }
  return out;
}

/** "the first transfer expected on Tuesday", "a vote scheduled for Monday": a day planned. */
const PLANNED_FOR = /\b(?:expected|due|scheduled|slated|planned|set)(?:\s+(?:for|on))?\s*$/i;

/** "had been due to be signed on Tuesday": a plan for a day now past. */
const PAST_PLAN = /\bhad\s+been\b/i;

/** ", Reuters": a comma, then a capitalised word. */
const COMMA_CAPITAL = /^,\s+\p{Lu}/u;

/** "…, who met A last week with B, C and D": the list goes on past the comma ending the aside. */
function continuesList(text: string, end: number): boolean {
  return COMMA_CAPITAL.test(text.slice(end, end + 4));
}

/**
 * Every date a text states, in order, each resolved forward when the words of its own clause
 * before it speak of the future ("…signed on Wednesday pledging money that will come" stays past;
 * "the talks are expected to resume on Monday" looks forward).
 */
export function statedDates(
  text: string,
  offset: number,
  publishedAt: Date,
  future = false,
): StatedDate[] {
  const out: StatedDate[] = [];
  // No clause of a sentence without a word of the future can speak of it.
  let anyFuture: boolean | undefined;
  let from = 0;
  for (;;) {
    const d = findDate(from === 0 ? text : text.slice(from), offset + from, publishedAt, false);
    if (d === undefined) return out;
    const local = d.start - offset;
    const window = clauseWindow(text, local, 80);
    anyFuture ??= FUTURE_HINT.test(text);
    const ahead =
      future ||
      (((anyFuture && FUTURE_HINT.test(window)) || PLANNED_FOR.test(window)) &&
        !PAST_PLAN.test(window));
    const value = ahead
      ? (findDate(text.slice(local), d.start, publishedAt, true)?.value ?? d.value)
      : d.value;
    out.push({ value, start: d.start, end: d.end, future: ahead });
    from = d.end - offset;
  }
}
