/** Words that open a relative clause or report speech: a clause whose subject is someone else. */
const RELATIVE_OR_SPEECH = /^(?:who|whom|whose|which|that|said|says|told)$/;

/** The conjunctions that join a clause of the same subject after a comma. */
const JOINS = /^(?:and|but|while|whereas)$/;

/**
 * Whether the words between the nearest person and a "he"/"she" join a new clause to the
 * sentence's subject: "A spoke with B, and then he received C", "A met B, while on Monday he
 * hosted C". An aside on B that closes before ", and" does not stop it ("A called B, whose
 * troops guard the city, and on Tuesday he met C": "he" is A), but a relative clause or reported
 * speech still open at the pronoun does ("A met B, who said he…").
 */
export function continuesSubject(between: readonly string[]): boolean {
  if (!between.includes(",") || !between.some((w) => JOINS.test(w))) return false;
  const tail = between.slice(between.lastIndexOf(","));
  const open = JOINS.test(tail[1] ?? "") ? tail : between;
  return !open.some((w) => RELATIVE_OR_SPEECH.test(w));
}
