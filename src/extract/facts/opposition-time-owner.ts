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
