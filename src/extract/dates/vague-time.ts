import { execAll } from "../text/exec-all.ts";

/**
 * Time frames that give no day — "last week", "in 2019", "two months later", "a month after…" —
 * and meetings set in the past of the story ("had last met", "first met"). A meeting they date
 * keeps no day: it does not take the day of the story around it.
 */

const HINT =
  /\b(?:week|weeks|weekend|month|months|year|years|days|ago|later|after|earlier|\d{4}|spring|summer|autumn|fall|winter|last|first|previously|once|recently|end|beginning|start|middle|has|have|regularly|frequently|often|repeatedly|times|twice)\b/i;

const VAGUE = new RegExp(
  [
    // "last week", "earlier this month", "this year", "late last year"
    "\\b(?:last|this|earlier\\s+this|later\\s+this|earlier\\s+last|late\\s+last|early\\s+last)\\s+(?:week|month|year|spring|summer|autumn|fall|winter)\\b",
    // "two weeks ago", "a month after", "months later", "years earlier"
    "\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few|few|some|\\d+)\\s+(?:weeks?|months?|years?|decades?)\\s+(?:ago|after|later|earlier|before)\\b",
    "\\b(?:weeks|months|years|decades)\\s+(?:ago|after|later|earlier|before)\\b",
    // "in 2019", "since 2022", "in the summer", "at the end of October"
    "\\b(?:in|since|during|of|by)\\s+(?:early\\s+|late\\s+|mid-?)?(?:19|20)\\d\\d\\b",
    "\\b(?:in|during)\\s+the\\s+(?:spring|summer|autumn|fall|winter)\\b",
    // "in the first week of October", "during the last days of the session"
    "\\b(?:the\\s+)?(?:first|second|third|fourth|last|final|closing|opening)\\s+(?:week|weeks|weekend|days|fortnight)\\s+of\\b",
    "\\b(?:at\\s+)?the\\s+(?:end|beginning|start|middle)\\s+of\\s+(?:the\\s+)?(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)\\b",
    // "at the weekend", "the previous week", "in recent days"
    "\\b(?:at|over|during|this|last)\\s+(?:the\\s+)?weekend\\b",
    "\\bthe\\s+(?:previous|preceding|following)\\s+(?:week|month|year)\\b|\\bthe\\s+(?:week|month|year)\\s+before\\b",
    "\\bin\\s+recent\\s+(?:days|weeks|months|years)\\b",
    "\\brecently\\b",
  ].join("|"),
  "gi",
);

/**
 * "Lee and Chinh last met…", "the two have met more than 40 times", "they speak regularly": a
 * meeting earlier than the story, or a habit, with no day of its own.
 */
const PAST_MEETING =
  /\b(?:last|first|previously|once)\s+(?:met|spoke|spoken|talked|held\s+talks|sat\s+down|hosted|received|visited)\b|\b(?:has|have)\s+(?:(?:already|also|often|repeatedly|since|frequently|regularly)\s+)?(?:met|spoken|talked|held\s+talks)\b|\b(?:regularly|frequently|often|repeatedly|twice|several\s+times|many\s+times|\d+\s+times|dozens\s+of\s+times)\b/i;

/** Where the text states a time frame with no day in it. */
export function vagueTimes(text: string): number[] {
  if (!HINT.test(text)) return [];
  return execAll(VAGUE, text).map((m) => m.index);
}

/** A meeting the text places before the story's own time ("had last met in Paris"). */
export function isPastMeeting(text: string): boolean {
  return HINT.test(text) && PAST_MEETING.test(text);
}
