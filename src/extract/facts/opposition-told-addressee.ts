/**
 * "Nebenzia told a Security Council meeting that his country rejected…", "the minister told the
 * IMF board that her government opposed…", "Ruto assured the African Union summit that his
 * country condemned…": the reported clause's subject is the speaker's own state, named by a
 * possessive pronoun, never the body the speaker addresses. Reached right before the stance's
 * verb: the verb of telling, its addressee (up to twelve words, no clause break), "that", then
 * the speaker's own state ("his country", "her government", "their nation").
 */
const TOLD_ADDRESSEE_OWN_STATE =
  /\b(?:told|tells|tell|telling|assured|assures|informed|informs|reminded|reminds|warned|warns)\s+(?:[^\s.;:!?]+\s+){1,12}?that\s+(?:his|her|their)\s+(?:own\s+)?(?:country|government|nation|administration|state|authorities)\s+(?:(?:has|had|have|would|will|also|still|did|does|do|not|never|\w+ly)\s+)*$/i;

/**
 * Where the verb of telling starts when the text right before `at` (a stance's verb) is a clause
 * told to an addressee whose subject is the speaker's own state; undefined otherwise. The
 * speaker, the subject of that verb, holds the stance.
 */
export function toldAddresseeSpeaker(text: string, start: number, at: number): number | undefined {
  const head = text.slice(0, at - start);
  const m = TOLD_ADDRESSEE_OWN_STATE.exec(head);
  if (m === null || /[,;]\s*(?:and|but)\s|["“”]/.test(m[0])) return undefined;
  return start + m.index;
}
