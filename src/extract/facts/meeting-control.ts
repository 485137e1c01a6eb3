/**
 * "Ruto sent his foreign minister to meet Hassan", "tasked Mudavadi with…", "dispatched an envoy
 * to hold talks with": after a verb of sending or charging someone, the one who meets is its
 * object, not its subject. Not the passive ("Ruto was sent to Dodoma to meet Hassan"), whose
 * subject goes.
 */
const SENT_TO =
  /\b(?<!\b(?:was|were|been|being|is|are|be)\s)(?:sent|sends|dispatched|dispatches|despatched|deployed|delegated|tasked|mandated|instructed|authori[sz]ed|assigned)\s+(?!(?:to|by|on|in|for|back|out|off|from)\b)[^,;.]{1,80}?\s+to\s+$/i;

/** A cheap gate: none of the verbs above. */
const HINT = /sen[td]|patch|deploy|delegat|task|mandat|instruct|authori|assign/i;

/**
 * Where the one who meets may be named, in `before` (the sentence up to an infinitive meeting
 * verb): after the verb of sending, or 0 for the whole clause.
 */
export function sentFrom(before: string): number {
  const near = before.slice(-140);
  if (!HINT.test(near)) return 0;
  const m = SENT_TO.exec(near);
  if (m === null) return 0;
  const offset = Math.max(0, before.length - 140) + m.index;
  // Past the verb itself: the words from its object on.
  return offset + (/^\S+\s+/.exec(m[0])?.[0].length ?? 0);
}
