import { MONTHS, WEEKDAYS } from "../gazetteer/words.ts";

/**
 * ", who was accompanied by ", ", accompanied by ": an aside on the person it follows, naming one
 * who came along with them.
 */
const ALONG_ASIDE =
  /,\s+(?:who\s+(?:was|were|had\s+been)\s+(?:also\s+)?)?(?:accompanied|flanked)\s+by\s+/u;

/**
 * What ties the sentence to the meeting told just before: a verb of saying about it ("told
 * reporters after the session", "said") or the meeting's own nouns ("the talks").
 */
const SAME_OCCASION =
  /\b(?:told|tells|said|says|briefed|added|stressed|talks|meeting|session|discussions|negotiations)\b/iu;

/** Capitalised day and month names: a day of the sentence's own. */
const DAY_NAMES = [...WEEKDAYS, ...MONTHS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|");

/**
 * A time of the sentence's own, or one ahead: "On Friday", "in 2019", "next month", "later",
 * "will travel", "is due to" — another occasion than the meeting told before.
 */
const OTHER_TIME = new RegExp(
  String.raw`\b(?:${DAY_NAMES}|(?:19|20)\d{2}|next|later|earlier|previously|ago|yesterday|tomorrow|last\s+(?:week|month|year)|will|would|shall|(?:is|are|was|were)\s+(?:to|due|expected|scheduled|set)|plans?\s+to)\b`,
  "u",
);

/**
 * "Dien, who was accompanied by Deputy Minister Tan, told reporters after the session…": the
 * aside naming one who came along, in a sentence about the meeting told just before — a verb of
 * saying or the meeting's nouns, and no time of its own ("On Friday, Mwale, accompanied by B,
 * visited a mine", "…will travel to Beijing next month", "…during his 2019 visit"): then the one
 * accompanied may have been elsewhere.
 */
export function alongAside(text: string): RegExpExecArray | null {
  const aside = ALONG_ASIDE.exec(text);
  if (aside === null || OTHER_TIME.test(text)) return null;
  return SAME_OCCASION.test(text.slice(aside.index + aside[0].length)) ? aside : null;
}
