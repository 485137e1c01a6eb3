/**
 * The verb a meeting noun's trigger ends on, inside a match that may span auxiliaries and
 * adverbs: "has never held talks with", "had been due to hold talks with", "has been invited to
 * have dinner with". What stands before that verb — "has never", "had been due to" — qualifies
 * the meeting, so it is read as the words before the trigger, not as part of it.
 */
const GOVERNING_VERB = /\b(?:had|has|have|having|hold|held|holds|holding)\s+/giu;

/**
 * The offset in `m[0]` of the last verb that governs the noun `m[1]` ("talks", "dinner"), or 0
 * when the match opens on it. Only a match with words between its first verb and the noun has one.
 */
export function innerVerbOffset(m: RegExpExecArray): number {
  const noun = m[1];
  if (noun === undefined) return 0;
  const prefix = m[0].slice(0, m[0].lastIndexOf(noun));
  let offset = 0;
  GOVERNING_VERB.lastIndex = 0;
  for (let v = GOVERNING_VERB.exec(prefix); v !== null; v = GOVERNING_VERB.exec(prefix))
    offset = v.index;
  return offset;
}
