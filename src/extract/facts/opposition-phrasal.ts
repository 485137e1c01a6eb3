/**
 * Idioms of opposition that WordNet lists under no sense of stance, each read like a plain verb
 * (its subject against its object): "poured scorn on the exercise", "poured cold water on the
 * credit line", "gave short shrift to the offer", "filed a motion of no confidence against the
 * government", "called a general strike against the pension reform", "struck down the laws".
 */
/** Not "poured cold water on hopes of a breakthrough": a prospect doubted is no party opposed. */
const POURED = String.raw`pour(?:s|ed|ing)?\s+(?:cold\s+water|scorn)\s+on(?!\s+(?:the\s+)?(?:hopes?|expectations?|speculation|talk|suggestions?|prospects?|reports?|rumou?rs?)\b)`;
const SHORT_SHRIFT = String.raw`g(?:ive|ives|ave|iven|iving)\s+short\s+shrift\s+to`;
const MOTION = String.raw`(?:fil(?:e|es|ed|ing)|tabl(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+(?:a\s+)?(?:motion\s+of\s+(?:no[\s-]confidence|censure)|(?:no[\s-]confidence|censure|impeachment)\s+motion)\s+against`;
/**
 * "called a three-day general strike from November 24 against": a strike called against a thing;
 * not an attack ("called an air strike against the Houthis", "a drone strike against Hamas").
 */
const STRIKE = String.raw`call(?:s|ed|ing)?\s+(?:a|an)\s+(?:(?!(?:air|drone|missile|rocket|military|artillery|nuclear|pre-?emptive|retaliatory|precision)\b)[\w-]+\s+){0,3}?strike\s+(?:[\w-]+\s+){0,4}?against`;
/** "struck down the entity laws": a decision annulled (not "struck down by illness"). */
const STRUCK_DOWN = String.raw`str(?:ike|ikes|uck|iking)\s+down(?=\s+(?:the|a|an|its|their|his|her|this|these|that|those)\s)`;

export const PHRASAL_VERBS = [POURED, SHORT_SHRIFT, MOTION, STRIKE, STRUCK_DOWN].join("|");

/** A word each idiom has, for the sentence's hint. */
export const PHRASAL_HINT = String.raw`scorn|cold\s+water|shrift|motion|strike|str(?:ike|ikes|uck|iking)\s+down`;
