/** Cheap gate: a verb of meeting somewhere before the amount. */
const MEETING_GATE =
  /\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|visited|talks|talked|spoke|speaks|conferred|call|meeting)\b/;
/** "met Kenyan President William Ruto ": the verb, then the words of the object's phrase. */
const MET_BEFORE =
  /\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|visited)\s+(?:with\s+)?(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,8}$/u;
/** "held talks with Kenya's president ", "spoke by phone with Ruto ": the one talked with. */
const TALKED_WITH =
  /\b(?:talks|talked|spoke|speaks|conferred|call|meeting)\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,8}$/u;
/** "… and pledged", "… and handed over": a second verb whose subject is the meeting's. */
const AND_VERB = /^[^,;]{0,60}?\s+and\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|ve|ew|ent|ave)\b/;

/**
 * "Japan's foreign minister met Kenyan President William Ruto and pledged $50 million", "Japan
 * held talks with Kenya on Monday and pledged…": the one met or talked with is the object of the
 * first verb; the second verb, joined by "and", is the visitor's, who
 * pays. True when the party at `partyStart`–`partyEnd` is that object.
 */
export function metObject(
  text: string,
  start: number,
  partyStart: number,
  partyEnd: number,
  moneyStart: number,
): boolean {
  const before = text.slice(0, partyStart - start);
  if (!MEETING_GATE.test(before) || !(MET_BEFORE.test(before) || TALKED_WITH.test(before)))
    return false;
  return AND_VERB.test(text.slice(partyEnd - start, moneyStart - start));
}
