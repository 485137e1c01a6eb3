import { WEEKDAYS } from "../gazetteer/words.ts";

/** "last week's", "yesterday's", "this month's": a time told as the owner of what follows. */
const TIME_OWNER =
  /^\s*(?:(?:last|this|next|the\s+previous|the\s+past)\s+(?:week|weekend|month|year|night)|yesterday|today|tonight)['’]s?\s+/i;

/**
 * "condemned last week's detention of four activists": the object is the detention; the time
 * that owns it in the possessive is no party and no part of what is opposed. Returns where the
 * object begins, past such a time.
 */
export function pastTimeOwner(text: string, start: number, at: number): number {
  const m = TIME_OWNER.exec(text.slice(at - start, at - start + 40));
  return m === null ? at : at + m[0].length;
}

/**
 * "rejected on Tuesday a constitutional bill", "condemned late on Monday the raid": when a stance
 * was taken, told between the verb and its object (a word order common in news translated from
 * Romance languages), is passed over when an object follows it.
 */
const TIME_BEFORE_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:late|early)\s+)?(?:on\s+(?:${WEEKDAYS.join("|")})(?:\s+(?:morning|afternoon|evening|night))?|(?:earlier|later)\s+(?:this|that|on|in)\s+\w+|(?:this|last)\s+(?:week|weekend|month)|yesterday|today|overnight)(?=\s+(?:(?:a|an|the|any|all|its|their|his|her|this|these|those|what)\b|\p{Lu}))`,
  "iu",
);

/** Where the object begins, past a time told between its verb and it. */
export function pastStatedTime(text: string, start: number, at: number): number {
  const m = TIME_BEFORE_OBJECT.exec(text.slice(at - start, at - start + 60));
  return m === null ? at : at + m[0].length;
}
