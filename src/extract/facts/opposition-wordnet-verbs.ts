import words from "../lexicon/stance-words.json" with { type: "json" };

/**
 * Stance verbs drawn from WordNet's senses of criticising, rejecting and shunning
 * (scripts/lexicon/stance-words.ts writes the list): "chided Manila over the vote", "resisted the
 * reform", "vilified the judges", "inveighed against the deal", "brushed aside the objections".
 * Their subject holds the stance against their object, as with the hand-written plain verbs.
 */
const asPattern = (phrase: string): string =>
  phrase.replace(/-/g, String.raw`\-`).replace(/ /g, String.raw`\s+`);

/**
 * "helped its neighbours resist foreign interference", "to help partners strengthen their borders
 * and resist foreign interference": the one helped holds the stance, not the helper the rules
 * would take for the subject, so a verb after "help" in its clause is not read.
 */
const NOT_HELPED = String.raw`(?<!\bhelp(?:s|ed|ing)?\s[^.;:]{0,120})`;

/**
 * "resisted calls to scrap the reform", "resists pressure to drop the tariffs": what unnamed
 * others call for is resisted, which is no stance against anyone named ("resisted IMF calls for a
 * devaluation" names who calls, and stands).
 */
const NOT_CALLS = String.raw`(?!\s+(?:the\s+|any\s+|growing\s+|mounting\s+|repeated\s+)?(?:calls|pressure|demands|appeals)\s+(?:to|for)\b)`;

/**
 * "resisted the temptation to devalue the shilling", "resisted the urge to retaliate", "resisted
 * the lure of Chinese loans": a pull felt is resisted, which is restraint, no stance against
 * anyone or any thing.
 */
const NOT_PULL = String.raw`(?!\s+(?:the\s+|any\s+|a\s+)?(?:temptations?|urges?|lure|impulses?)\b)`;

/** The verbs' forms, longest first, as one alternation for ACTIVE (opposition-verbs.ts). */
export const WORDNET_VERBS = `${NOT_HELPED}(?:${[...words.ruleVerbs]
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .map(asPattern)
  .join("|")})${NOT_CALLS}${NOT_PULL}`;

/** A beginning of each verb's forms, for the sentence's hint ("chid", "vilif", "task"). */
export const WORDNET_HINT = words.ruleHints.map(asPattern).join("|");
