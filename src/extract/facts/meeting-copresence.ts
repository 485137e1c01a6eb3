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
 * Speaking or walking only beside someone: "spoke with B at the summit" is a conversation, "walked
 * through the gardens with B" a leaders' walk.
 */
const BESIDE =
  /\b(?:flanked|stood|standing|sat(?!\s+down)|sitting(?!\s+down)|seated|appeared|appearing|posed|posing|pictured|marched|joined|joining|laid|watched|(?:walked|walking|speaking|spoke)\s+(?:[a-z]+\s+)?(?:alongside|beside|next\s+to|at\s+the\s+head))\b/i;

/** An aside set off by commas between the first participant and the trigger ("A, flanked by aides, welcomed B"). */
const ASIDE = /,[^,]*,/g;

/**
 * An occasion many attend: a ceremony, a rite, a show, a gathering of many ("the summit", "the
 * family photo"). Lowercase only: "March" is a month, "Games" often part of a name.
 */
const OCCASION =
  /\b(?:ceremon(?:y|ies|ial)|ribbon-cutting|inaugurat\w*|unveil\w*|funerals?|burial|memorial\s+service|commemorat\w*|parades?|procession|concerts?|festival|gala|wedding|coronation|investiture|swearing-in|celebrations?|jubilee|opening|launch|match|tournament|games|vigil|rally|march|family\s+photo\w*|flag-raising|countdown|exhibition|expo|premiere|performance|summit|forum|conference|assembly|plenary)\b/;

/**
 * Words that state a meeting of their own, or a joint appearance before the press: talks, a call
 * or a meal taken together ("joined B for lunch", "over a working dinner"; not "at the gala dinner").
 */
const MEETING_STATED =
  /\b(?:talks|talked|talking|meet|met|meeting|meetings|discuss(?:ed|es|ing|ions)|conversations?|chat(?:ted|ting|s)?|conferred|negotiations|bilateral|one-on-one|tête-à-tête|calls?|(?:go|goes|went|gone|going)\s+over|(?:news|press)\s+(?:conference|briefing|availability)|reporters|journalists|sign(?:ed|ing|s)?|signatures?|dined|lunched|(?:for|over)\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:lunch|luncheon|dinner|breakfast|meal|coffee|tea))\b/i;

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
  const beside = BESIDE.exec(words.replace(ASIDE, " "));
  if (beside === null || MEETING_STATED.test(sentence)) return false;
  // Joining three others is no line-up: "joined B, C and D in Oslo on Monday".
  if (people >= LINE_UP && !/^join/i.test(beside[0])) return true;
  // The occasion of the trigger's own clause: not "laid wreaths at the monument before attending
  // the opening ceremony", whose ceremony is another act's.
  const stop = CLAUSE_STOP.exec(rest);
  return OCCASION.test(
    sentence.slice(0, sentence.length - rest.length + (stop?.index ?? rest.length)),
  );
}

/** The nouns of a ceremony itself, which the meeting told before may have had ("the ceremony"). */
const CEREMONY = /\b(?:ceremon(?:y|ies|ial)|session)\b/g;

/** Where a ceremony's modifiers start: after a comma, a determiner or a possessive. */
const PHRASE_START = /^(?:.*(?:[,;]|\b(?:the|a|an|its|their|his|her|this|that)\s|['’]s\s))?/is;

/** Where its complements end: a comma, a phrase of place or time, its verb. */
const PHRASE_END =
  /[,;]|\b(?:at|on|in|during|after|before|near|inside|held|was|were|has|have|had)\b/i;

/**
 * Whether a ceremony's noun phrase names an occasion of its own: "the swearing-in ceremony of
 * the new parliament was attended by B" is another event than the talks told before, where "the
 * signing ceremony" or "the ceremony, on the sidelines of the summit," may be theirs. `before` is
 * the text before the noun, `rest` the noun and what follows it.
 */
export function namesOtherOccasion(before: string, rest: string): boolean {
  const end = PHRASE_END.exec(rest)?.index ?? rest.length;
  const words = `${before.replace(PHRASE_START, "")}${rest.slice(0, end)}`;
  return OCCASION.test(words.replace(CEREMONY, ""));
}
