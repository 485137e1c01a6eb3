import type { Actor } from "../resolve/actor.ts";
import { isListGap } from "./meeting-list-gap.ts";

/**
 * The words that join a meeting from afar or late, after the one who joins; "attending" with
 * nothing after it in the clause attends the meeting told ("with C also attending."), and so do
 * "with C in attendance", "with C in the room", "with C present", "with C at his side", "with C
 * at the table".
 */
const JOINING =
  /^\s+(?:also\s+|later\s+|briefly\s+)?(?:attending(?=\s*(?:[,.;:]|$))|joining|joined\s+(?:in|by\s+(?:phone|telephone|video)|them|him|her)|took\s+part|sat\s+in|taking\s+part|participating|dialling\s+in|dialing\s+in|calling\s+in|listening\s+in|sitting\s+in|linked\s+in|in\s+attendance|in\s+the\s+room(?!\s+next\b)|present(?=\s*(?:[,.;:]|$))|at\s+(?:his|her|their)\s+side|at\s+the\s+(?:negotiating\s+)?table)\b/u;

/**
 * "with" opening the absolute phrase, or a relative on the meeting (", during which"), then at
 * most a title, a demonym or an owner.
 */
const WITH_BEFORE =
  /(?:\bwith|,\s+(?:during|at|in)\s+which)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+|\p{Ll}+\s+){0,5}$/u;

/** A clause of its own between the meeting and the phrase: "; ", ", and on Wednesday he…". */
const OTHER_CLAUSE = /;|,\s+(?:and|but|while)\s+(?!with\b)/;

/** The verb of an absolute "with" phrase that is not joining: "with C attending the summit". */
const ABSOLUTE_VERB =
  /^\s+(?:also\s+)?(?:\p{Ll}+ing|expected|set|due|scheduled|slated|left|absent|away)\b/u;

/** ", with" opening an absolute phrase after the meeting's clause. */
const COMMA_WITH = /,\s+with\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+|\p{Ll}+\s+){0,5}$/u;

/** Cheap check before the phrase is sought. */
const HINT =
  /\b(?:attending|joining|joined|taking\s+part|took\s+part|participating|dial+ing|calling\s+in|listening|sitting\s+in|linked|attendance|room|present|side|table)\b/;

/**
 * "A sat down with B in Riyadh, with C joining by phone", "A and B held talks, with their
 * deputies D and E taking part": the people an absolute "with … joining" phrase names after a
 * meeting take part in it. Only after the meeting's words (`end`, an offset in the body whose
 * sentence starts at `start`); "with C attending the summit" says nothing of a meeting.
 */
export function joinersOf(
  text: string,
  start: number,
  end: number,
  people: readonly Actor[],
): Actor[] {
  if (!HINT.test(text)) return [];
  const after = people.filter((a) => a.start >= end);
  for (let i = 0; i < after.length; i++) {
    const last = after[i]!;
    if (!JOINING.test(text.slice(last.end - start))) continue;
    let first = i;
    while (
      first > 0 &&
      isListGap(text.slice(after[first - 1]!.end - start, after[first]!.start - start))
    )
      first--;
    const opener = text.slice(
      Math.max(0, after[first]!.start - start - 80),
      after[first]!.start - start,
    );
    // "A held talks with B, and on Wednesday he was received by C, with D at the table": D sat
    // at the meeting of the clause D's phrase closes, not at the first.
    const between = text.slice(end - start, after[first]!.start - start);
    if (WITH_BEFORE.test(opener) && !OTHER_CLAUSE.test(between)) return after.slice(first, i + 1);
  }
  return [];
}

/**
 * "A met B on Monday, with C attending the summit in Arusha", "…, with C expected to join next
 * week": one an absolute ", with … -ing" phrase names doing something else is no participant.
 */
export function absoluteOutsiders(
  text: string,
  start: number,
  end: number,
  people: readonly Actor[],
): Set<string> {
  const out = new Set<string>();
  if (!text.includes(", with ")) return out;
  for (const a of people) {
    if (a.start < end) continue;
    const after = text.slice(a.end - start);
    if (!ABSOLUTE_VERB.test(after) || JOINING.test(after)) continue;
    if (COMMA_WITH.test(text.slice(Math.max(0, a.start - start - 80), a.start - start)))
      out.add(a.key);
  }
  return out;
}
