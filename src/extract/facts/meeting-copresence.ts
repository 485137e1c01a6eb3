/**
 * Being seen together is not meeting. "The premier stood alongside the governor at the
 * inauguration of the dam", "sat next to her at the gala concert", "posed alongside four
 * presidents for the family photo": people who merely appear at the same occasion did not meet,
 * unless the sentence also tells of talks, a meeting, a signing or a joint appearance before the
 * press ("stood beside him at a news conference after their talks").
 */

/**
 * A trigger's words that tell only where people stood, sat or appeared: a verb of posture or
 * appearance ("stood alongside", "sat next to", "posed with", "was flanked by", "joined B at the
 * opening ceremony"), or a rite done at an occasion ("laid wreaths during the commemoration").
 */
const BESIDE =
  /\b(?:flanked|stood|standing|sat(?!\s+down)|sitting(?!\s+down)|seated|appeared|appearing|posed|posing|pictured|walked|marched|speaking|spoke|joined|joining|laid|watched)\b/i;

/**
 * An occasion many attend: a ceremony, a rite, a show, a gathering of many ("the summit", "the
 * family photo"). Lowercase only: "March" is a month, "Games" often part of a name.
 */
const OCCASION =
  /\b(?:ceremon(?:y|ies|ial)|ribbon-cutting|inaugurat\w*|unveil\w*|funerals?|burial|memorial\s+service|commemorat\w*|parades?|procession|concerts?|festival|gala|wedding|coronation|investiture|swearing-in|celebrations?|jubilee|opening|launch|match|tournament|games|vigil|rally|march|family\s+photo\w*|flag-raising|countdown|exhibition|expo|premiere|performance|summit|forum|conference|assembly|plenary)\b/;

/** Words that state a meeting of their own, or a joint appearance before the press. */
const MEETING_STATED =
  /\b(?:talks|meet|met|meeting|meetings|discussions|negotiations|bilateral|(?:news|press)\s+(?:conference|briefing|availability)|reporters|journalists|sign(?:ed|ing|s)?|signatures?)\b/i;

/** Where the clause of a co-presence trigger ends: another act, a contrast, a semicolon. */
const CLAUSE_STOP = /\b(?:before|then|while|whereas|but)\b|;/;

/** How many people standing together make a line-up rather than a meeting. */
const LINE_UP = 4;

/**
 * Whether a trigger tells only that its `people` were seen together in `sentence`: `words` run
 * from its first participant to its end ("A posed alongside B and C for the photo at the summit"),
 * `rest` is the sentence after the trigger: at an occasion many attend, named in the trigger's
 * clause, or in a line-up of `LINE_UP` or more, with no meeting of their own stated.
 */
export function mereCopresence(
  words: string,
  rest: string,
  sentence: string,
  people: number,
): boolean {
  if (!BESIDE.test(words) || MEETING_STATED.test(sentence)) return false;
  if (people >= LINE_UP) return true;
  // The occasion of the trigger's own clause: not "laid wreaths at the monument before attending
  // the opening ceremony", whose ceremony is another act's.
  const stop = CLAUSE_STOP.exec(rest);
  return OCCASION.test(
    sentence.slice(0, sentence.length - rest.length + (stop?.index ?? rest.length)),
  );
}

/** The nouns of a ceremony itself, which the meeting told before may have had ("the ceremony"). */
const CEREMONY = /\b(?:ceremon(?:y|ies|ial)|session)\b/g;

/**
 * Whether a ceremony's noun phrase (`words`) names an occasion of its own: "the swearing-in
 * ceremony of the new parliament was attended by B" is another event than the talks told before,
 * where "the signing ceremony" or "the ceremony" may be theirs.
 */
export function namesOtherOccasion(words: string): boolean {
  return OCCASION.test(words.replace(CEREMONY, ""));
}
