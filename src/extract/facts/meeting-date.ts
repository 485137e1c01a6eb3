import { findDate } from "../dates/resolve-date.ts";
import type { MeetingMention } from "./find-meetings.ts";

/**
 * Where the clause that states a meeting's date ends: at a new coordinated clause or an aside
 * ("…on Sunday with Erdoğan, and on Tuesday he received…", "…Y, who took office on 4 March").
 */
const CLAUSE_END =
  /,\s+(?:and|but|while|whereas)\b|;|\s[—–]\s|\b(?:who|whom|which|since|after|before|following|when)\b/i;

/**
 * The day of one meeting in a sentence that may report several: the first date stated in its own
 * clause after it, else the last day stated before it, else the sentence's day (a bare month
 * elsewhere in the sentence dates something else). Undefined when the sentence gives none.
 */
export function meetingDate(
  m: MeetingMention,
  publishedAt: Date,
  sentenceDate?: string,
): string | undefined {
  // A meeting held lies in the past even in a sentence about the future ("…promised on Tuesday
  // to finish the line by next year, as he held talks…"); only a planned one looks forward.
  const future = m.modality === "future";
  const { text, start } = m.sentence.sentence;
  const tail = text.slice(m.dateFrom - start);
  const stop = CLAUSE_END.exec(tail);
  const clause = stop === null ? tail : tail.slice(0, stop.index);
  return (
    findDate(clause, m.dateFrom, publishedAt, future)?.value ??
    dayOnly(lastDate(text.slice(0, m.at - start), start, publishedAt, future)) ??
    dayOnly(sentenceDate)
  );
}

/** The last date a text states, resolved like the first. */
function lastDate(
  text: string,
  offset: number,
  publishedAt: Date,
  future: boolean,
): string | undefined {
  let value: string | undefined;
  let from = 0;
  for (;;) {
    const d = findDate(text.slice(from), offset + from, publishedAt, future);
    if (d === undefined) return value;
    value = d.value;
    from = d.end - offset;
  }
}

/** "Dissanayake, on his first trip since taking office in September, was received…": a bare
 * month before the meeting dates something else. */
function dayOnly(value: string | undefined): string | undefined {
  return value !== undefined && value.length === 10 ? value : undefined;
}
