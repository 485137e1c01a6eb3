import { MONTHS, WEEKDAYS } from "../gazetteer/words.ts";
import { COMPANY_KINDS } from "../resolve/kind-nouns.ts";
import { withoutDanglingTail } from "./opposition-phrase-tail.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/**
 * "the closure of the crossing — a move that stranded lorries", "the overflight – the third
 * this year –": a dash sets off an aside about the thing; the thing's words end before it.
 */
const DASH_ASIDE = /\s+(?:[—¦–¬]|--?)\s.*$/s;
/** A dash as written or as the rules read it (text/stand-ins.ts). */
const DASH = /[—–¦¬]/;

/**
 * "criticised the levy but said it would keep trading", "regretted the decision but remained
 * open": "but" opening a second predicate (a verb, an auxiliary, a new subject) ends the object.
 * Case counts: in a name, "but" joins capitalised words ("the Lean but Focused budget").
 */
const BUT_PREDICATE =
  /\s+but\s+(?:also\s+|still\s+)?(?:[a-z]+ed|said|says|will|would|could|can|must|should|has|have|had|is|are|was|were|did|does|not|kept|held|made|took|gave|sought|left|stopped|it|they|he|she|we)\b.*$/s;

/**
 * "the directive (known as the due diligence law)", "the levy (about $2 a barrel) on exporters":
 * words in brackets are an aside about the thing, closed or cut open by an earlier stop. A bare
 * abbreviation in brackets ("the mechanism (CBAM)") names the thing and stays.
 */
const BRACKET_ASIDE = /\s*\((?!\p{Lu}[\p{L}\d-]{1,9}\))[^)]*(?:\)|$)/gu;

/**
 * "the militia whose fighters attacked the camp", "the mine where the protests began": a relative
 * clause says which one; the thing's words end before it.
 */
const RELATIVE = /\s+(?:whose|whom|where)\s.*$/is;

/**
 * "in response to the incident", "ahead of the holiday", "in the wake of the clash", "on the
 * grounds that…", "for the second time", "in its current form": why, when or how often a stance
 * was taken, or in what form the thing is opposed — not what is opposed.
 */
const WHY_OR_WHEN =
  /\s+(?:in\s+(?:response|reaction|retaliation|reply)\s+(?:to|for)|in\s+protest\s+(?:at|against|over)|in\s+the\s+wake\s+of|ahead\s+of|prior\s+to|on\s+the\s+grounds?|for\s+the\s+(?:first|second|third|fourth|fifth|\w+th|last)\s+time|in\s+(?:its|their)\s+(?:current|present|existing)\s+form)\b.*$/is;

/** "in the morning", "overnight", "during the night": when in the day, not what. */
const TIME_OF_DAY =
  /\s+(?:(?:in|on)\s+the\s+(?:morning|afternoon|evening)|at\s+night|overnight(?=\s*$)|during\s+the\s+(?:night|day|weekend)|earlier\s+in\s+the\s+day|later\s+(?:that|the\s+same)\s+day)\b.*$/is;

/**
 * "once more the expulsion", "yet again the claim", "yet another proposal": how often, said
 * before the object. "(a
 * boycott) of the vote": the preposition that opens a stance noun's object.
 */
const AGAIN_FIRST = /^\s*(?:once\s+(?:more|again)|yet\s+(?:again|another)|anew|of)\s+/i;

/**
 * "as he has before", "because it…", "but had made…": words that open a clause of their own, or
 * join a second one; what follows the verb there is no object ("offshore blocks but had made no
 * commitment" read "blocks" as a verb).
 */
const SUBORDINATOR =
  /^\s*(?:as|because|if|although|though|whether|unless|whereas|so\s+that|but|and|or|nor|yet)\b/i;

/**
 * "Koror for hyping the episode": a name, then a reason for the blame — "for" and a gerund or a
 * possessive. The name alone is what is blamed.
 */
const NAME_FOR_REASON =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+for\s+(?:\p{Ll}+ing\b|(?:its|their|his|her|what)\b)/u;

/**
 * "the ministry of health over millions spent on…", "the department for failing to…": a body
 * named by its kind, then the reason it is faulted. Bodies take no "over" of their own, so any
 * "over" is the reason; "for" only before a gerund or an owner, as "the Fund for Peace" names one.
 */
const BODY_FOR_REASON = new RegExp(
  String.raw`^((?:the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:ministry|ministries|department|government|authorities|administration|agency|police|army|military|junta|regime|council|commission|committee|office|court|board|cabinet|parliament|legislature|${COMPANY_KINDS})(?:\s+of\s+[\p{L}'’ -]+?)?)\s+(?:over\s|for\s+(?:\p{Ll}+ing\b|(?:its|their|his|her|what)\b))`,
  "u",
);

/**
 * Words that cannot end a noun phrase beyond those of withoutDanglingTail: "the use of force in
 * our region without", "the incursion across the line during".
 */
const LOOSE_END =
  /\s+(?:without|within|between|through|across|toward|towards|among|including|than|via|upon|onto|beyond|amid|despite|during|since|after|before|near|around|like|as|if|which|who|whose|where|when|while|because|although|whether|not|no|any|every|each|such|nor|yet|so)$/i;

/**
 * The object of a stance verb kept inside its own noun phrase: without an aside in brackets or
 * set off by a dash, a relative clause opened by "whose", "whom" or "where", a second predicate
 * after "but", a time of day, a reason or an occasion ("in response to…"), a leading "once more"
 * and a reason after a name; empty when the words after the verb open a clause instead ("as he
 * has before"). "Ghana criticised the new levy but said it would keep trading" → "the new levy".
 */
export function withinNounPhrase(raw: string): string {
  // "yet again the shelling": how often goes first, so its "yet" opens no clause.
  let cut = raw.replace(AGAIN_FIRST, "");
  if (SUBORDINATOR.test(cut)) return "";
  // Each cut is tried only when the words it needs are there (most objects need none).
  if (cut.includes("(")) cut = cut.replace(BRACKET_ASIDE, "");
  if (DASH.test(cut) || cut.includes(" -")) cut = cut.replace(DASH_ASIDE, "");
  if (cut.includes(" wh")) cut = cut.replace(RELATIVE, "");
  if (cut.includes(" but ")) cut = cut.replace(BUT_PREDICATE, "");
  cut = cut.replace(TIME_OF_DAY, "").replace(WHY_OR_WHEN, "");
  const named =
    NAME_FOR_REASON.exec(cut)?.[1] ??
    (cut.includes(" over ") || cut.includes(" for ")
      ? BODY_FOR_REASON.exec(cut)?.[1]
      : undefined) ??
    cut;
  // "the overnight strikes": a cut that leaves no word of content took the object itself.
  return CONTENT.test(named) ? named : raw;
}

/** A word other than an article or a possessive. */
const CONTENT = /\b(?!(?:the|a|an|its|their|his|her|this|that|these|those|any|all)\b)\w{2,}/i;

/** A phrase cut back to its last content word, past prepositions and conjunctions of any kind. */
export function withoutLooseEnd(phrase: string): string {
  let out = phrase;
  for (let prev = ""; prev !== out;) {
    prev = out;
    out = withoutDanglingTail(out.replace(LOOSE_END, ""));
  }
  return out;
}

/**
 * "Monday", "early March", "last week", "2024": a time alone. "Canada imposed visa restrictions on
 * Monday" read "Monday" as what the restrictions were imposed on; a time is never an issue.
 */
const ONLY_TIME = new RegExp(
  String.raw`^(?:(?:early|late|mid|last|next|this|on|in)\s+)?(?:${[...WEEKDAYS, ...MONTHS].join("|")}|today|tonight|yesterday|tomorrow|week|month|year|weekend|morning|evening|afternoon|night|(?:19|20)\d\d)(?:\s+(?:morning|afternoon|evening|night|\d{1,2}(?:st|nd|rd|th)?))?$`,
  "i",
);

/** "condemned the march": a month's name in lowercase is the noun, not the month. */
const MONTH_NOUN = /^(?:march|may)$/;

/**
 * "both", "all of them", "every version", "each one": a count or a pronoun standing for things
 * named before, which names none itself.
 */
const ONLY_COUNT =
  /^(?:(?:all|both|each|either|neither|none|any|some|most|many|several|one|two|three)(?:\s+of)?(?:\s+(?:them|those|these|it))?|of\s+(?:them|those|these|it)|(?:every|each|any)\s+(?:one|version|time|kind|case|instance))$/i;

/**
 * Whether a stance names more than a time or a count: "Canada imposed visa restrictions on
 * Monday" tells no stance against "Monday", "Paraguay rejected both" none against "both". (Asked
 * of the stances found, not of the object as it is read, so that "…sanctions on Monday,
 * targeting two banks" still lends its holder to the banks.)
 */
export function namesMoreThanTimeOrCount(o: { readonly target: OppositionTarget }): boolean {
  if (!("issue" in o.target)) return true;
  const words = o.target.issue.trim();
  return (!ONLY_TIME.test(words) || MONTH_NOUN.test(words)) && !ONLY_COUNT.test(words);
}

/** "on Tuesday", "last week", "earlier this month", "yesterday" inside a noun phrase. */
const INNER_TIME = new RegExp(
  String.raw`\s+(?:on\s+(?:${WEEKDAYS.join("|")})|(?:last|earlier\s+this|this)\s+(?:week|month|year|weekend)|yesterday)(?=\s)`,
  "gi",
);

/**
 * A subject's words without a time told inside them: "a drone strike on Tuesday on a market" →
 * "a drone strike on a market", "the arrest last week of two journalists" → "the arrest of two
 * journalists".
 */
export function withoutInnerTime(phrase: string): string {
  return phrase.replace(INNER_TIME, "");
}
