import { REPORTED_SPEECH_VERBS } from "./speech-verbs.ts";
import { AID_CUT, AID_CUT_HINT } from "./opposition-aid-cut.ts";
import { BAN } from "./opposition-bans.ts";
import { LEGAL } from "./opposition-legal.ts";
import { HEADED_WORD } from "./opposition-valence.ts";
import { IDIOM_HINT, IDIOM_VERBS, TRADE_HALT, TRADE_HALT_HINT } from "./opposition-idioms.ts";
import { MORE_VERDICTS } from "./opposition-verdict-words.ts";
import { MORE_HARM } from "./opposition-harm-words.ts";
import {
  ATTACK_IDIOM_HINT,
  ATTACK_IDIOM_VERBS,
  ATTACK_IDIOM_WORDS,
} from "./opposition-attack-idioms.ts";
import { REFUSAL_HINT, REFUSAL_VERBS, REFUSAL_WORDS } from "./opposition-refusal.ts";
import {
  INSTRUMENT_HINT,
  INSTRUMENT_VERBS,
  INSTRUMENT_WORDS,
  instrumentOnParty,
  NOT_SET_ASIDE,
  TRADE_LEVIES,
} from "./opposition-sanction-instruments.ts";
import { WORDNET_HINT, WORDNET_VERBS } from "./opposition-wordnet-verbs.ts";
import { PHRASAL_HINT, PHRASAL_VERBS } from "./opposition-phrasal.ts";
import { execAllOf } from "../text/exec-all-of.ts";
import { gatedTest, letterGate } from "../text/letter-gate.ts";
import { MONTHS, WEEKDAYS } from "../gazetteer/words.ts";

/**
 * The verb classes that state opposition, in every tense and voice, compiled once at load.
 * A word list of this kind is a rule of English, not a list of cases.
 */

/** Adverbs and particles that may sit between an auxiliary and its participle. */
const ADVERBS = String.raw`(?:(?:\w+ly|also|long|later|then|swiftly|quickly|immediately|promptly|again|likewise|too|both|further|roundly|widely|sharply|since)\s+){0,2}`;

const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;

/** A day or a month's name, which a date after "rounded on" is, not the one reproached. */
const DAY_OR_MONTH = [...WEEKDAYS, ...MONTHS].join("|");

/** A word between a verb and its measure that undoes the measure ("lift", "ease", "waive"). */
const UNDOING = String.raw`(?!lift|eas|remov|suspend|waiv|end|drop|relax|scrap|lower|that\b)`;

/**
 * "keeps a 19 percent tariff on", "began collecting a duty on": a measure kept in force or
 * collected, but not one kept "on hold" or "on the table", nor a person "in charge of sanctions
 * on" a state (one laid on, "put 100% tariffs on", is PLACED's).
 */
const KEPT_ON = String.raw`(?:keep(?:s|ing)?|kept|collect(?:s|ed|ing)?|charg(?:e|es|ed|ing)(?!\s+(?:of|with)\b))\s+(?:${UNDOING}[\w%.-]+\s+){0,4}?(?:sanctions|embargo(?:es)?|restrictions|${TRADE_LEVIES})\s+on${NOT_SET_ASIDE}`;

/**
 * "cut its tariffs on South Korean cars to 15 percent": a tariff lowered to a rate still taxes the
 * goods; one cut to zero does not.
 */
const CUT_TO = String.raw`(?:cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing))\s+(?:its|their|the)\s+(?:[\w%.-]+\s+){0,3}?(?:${TRADE_LEVIES})\s+on(?=\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:about\s+|around\s+|just\s+)?(?!0(?:\.0+)?\s*(?:%|percent|per\s+cent))\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))`;

/**
 * "imposed sanctions on Monday on seven Iranian individuals", "adopted an 18th package of
 * sanctions against Russia", "slapped tariffs on Canadian steel": a measure taken against a party.
 * Words that undo a measure ("lift", "ease") may not stand between the verb and the measure.
 */
const MEASURES = String.raw`(?:(?:re)?impos(?:e|es|ed|ing)|slap(?:s|ped)?|announc(?:e|es|ed|ing)|adopt(?:s|ed)?|approv(?:e|es|ed)|extend(?:s|ed)?|renew(?:s|ed)?|tighten(?:s|ed)?|expand(?:s|ed)?|level(?:s|l?ed)?|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|reaffirm(?:s|ed)?|maintain(?:s|ed)?|order(?:s|ed)?)\s+(?:${UNDOING}[\w%.-]+\s+){0,4}?(?:sanctions|embargo(?:es)?|restrictions|curbs|penalties|${TRADE_LEVIES}|bans?|export\s+controls|asset\s+freezes|counter-?measures|reprisals|retaliatory\s+(?:measures|tariffs|duties))\s+(?:on\s+${WEEKDAY}\s+)?(?:[\w%$€¤£.-]+\s+){0,6}?(?:on|against)|${KEPT_ON}|${CUT_TO}|fr(?:eeze|eezes|oze|eezing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?assets\s+(?:of|belonging\s+to|held\s+by)|barr(?:ed|ing)(?=\s+(?:[\w'’.-]+\s+){1,6}from\s+(?:entering|travell?ing\s+to|visiting))`;

/**
 * "attacked the data protection agreement", "attack Western sanctions": "attack" is a stance only
 * against a policy, a text or a decision, never against a place or a force — or against one
 * blamed for what they did ("attacked the premier for waiting six hours", "for his handling").
 */
const ATTACK = String.raw`attack(?:s|ed|ing)?(?=\s+(?:(?:the|a|an|its|their|his|her|this|these|that|those)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:agreement|deal|law|bill|sanctions|policy|policies|decision|plan|proposal|reform|budget|treaty|pact|ruling|measures?|move|programme|program|record|remarks|comments|statement|visit|trip|restrictions|tariffs|accord|declaration|tax|taxes|levy|quotas|ban|embargo|resolution|report|strategy|approach|handling|rhetoric|stance|position)\b|\s+(?:[\w'’.-]+\s+){1,5}?for\s+(?:[a-z]+ing|its|his|her|their)\s)`;

/**
 * "would block the deal", "vowed to veto it": a bare verb that is also a noun ("a block of
 * flats", "the veto") is read as a verb only after a modal or "to".
 */
const AFTER_MODAL = String.raw`(?<=\b(?:will|would|shall|must|to|could|might|may|can)\s+(?:(?:also|still|again|keep|\w+ly)\s+)?(?:block|veto|sue))`;

/**
 * "Caracas broke off diplomatic relations with Asunción after…", "severed relations with Belgium,
 * accusing Brussels of…", "suspended talks with the bloc over the ruling": a rupture of relations,
 * talks or contacts told with its cause is a stance against the other party, unless it comes with
 * ties established elsewhere (a switch of recognition) or is dated to a past year ("cut ties with
 * Tehran in 2016 after…", background to the news).
 */
/**
 * "Nicaragua's government went further, announcing that it too was severing relations with Quito":
 * a rupture that joins others ("too", "also", "likewise") is a protest like theirs.
 */
const JOINED_RUPTURE = String.raw`(?<=\b(?:too|also|likewise)\s+(?:(?:was|were|is|are|has|have|had|would|will)\s+)?)(?:suspend|sever|cut|broke|break)\w*(?:\s+off)?\s+(?:all\s+)?(?:diplomatic\s+)?(?:relations|ties)\s+with`;

const RUPTURE_VERB = String.raw`(?:suspend(?:s|ed|ing)?|sever(?:s|ed|ing)?|cut(?:s|ting)?|broke|break(?:s|ing)?|fr(?:oze|eezes?|eezing)|halt(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off)(?:\s+off)?\s+(?:all\s+)?(?:(?:diplomatic|official|high-level|trade|military|security|defence)\s+)?`;
const NOT_SWITCH_OR_PAST = String.raw`(?<!\b(?:establish|recogni[sz]|switch)\w*\b.*)(?!\s+(?:[\w'’.,-]+\s+){1,4}?in\s+(?:19|20)\d\d\b)`;
/** "over the weekend" is a time, not a cause. */
const OVER_CAUSE = String.raw`over(?!\s+(?:the\s+)?(?:weekend|holidays?|summer|winter|next|past|coming|following|last)\b)`;
/**
 * "broke off negotiations in late June over Canada's digital services tax", "angrily broke them
 * off over an advertisement": talks ended over a thing, with no party named, are a stance against
 * that thing; not talks called off over a practical matter or a bargain's terms, named anywhere
 * in the object's noun phrase ("over security fears", "over pay", "over the price of gas").
 */
const NOT_PRACTICAL = String.raw`(?!\s+(?:(?!(?:of|on|with|against|by|from|in|at|for|after|to)\b)[\w'’-]+\s+){0,3}?(?:security|safety|weather|health|logistic\w*|scheduling|travel|technical|procedural|lunch|dinner|coffee|pay|wages?|salar(?:y|ies)|prices?|terms|contracts?)\b)`;
/**
 * Talks are also paused for a disaster or after a truce ("suspended talks with Tunisia after the
 * ceasefire took hold", "called off talks with Morocco after the earthquake"): after "after" or
 * "following", a hostile act must be named.
 */
const HOSTILE_ACT = String.raw`(?:after|following)\s+(?:[\w'’-]+\s+){0,3}?(?:shelling|attacks?|strikes?|raids?|arrests?|killings?|expulsions?|remarks|comments|ruling|decision|incident|seizure|sanctions|violations?|incursions?|detentions?|insults?|accusations|provocations?|bombing|invasion|annexation|vote|move)\b`;
const RUPTURE = String.raw`${RUPTURE_VERB}(?:relations|ties)\s+with${NOT_SWITCH_OR_PAST}(?=\s+(?:[\w'’.,-]+\s+){1,5}?(?:in\s+protest|${OVER_CAUSE}|after|following|citing|because|accusing|blaming|in\s+(?:retaliation|response))\b)|${RUPTURE_VERB}(?:talks|negotiations|contacts|dialogue)\s+with${NOT_SWITCH_OR_PAST}(?=\s+(?:[\w'’.,-]+\s+){1,5}?(?:in\s+protest|${OVER_CAUSE}|citing|accusing|blaming|in\s+(?:retaliation|response)|${HOSTILE_ACT})\b)|${RUPTURE_VERB}(?:talks|negotiations)\s+(?:(?:in|on|last|earlier|this)\s+(?:[\w'’.-]+\s+){0,2}?)?${OVER_CAUSE}${NOT_PRACTICAL}|(?:broke|break(?:s|ing)?)\s+(?:them|it)\s+off\s+${OVER_CAUSE}${NOT_PRACTICAL}`;

/**
 * "refused to recognise the result", "said Moscow would not accept the new sanctions", "will
 * never recognise the annexation": acceptance refused or denied is a rejection, also where a
 * quotation opens inside the verb ("would "not accept a stolen vote"").
 */
const NOT_ACCEPT = String.raw`(?:refus(?:e|es|ed|ing)\s+to|(?:will|would|shall|can|could|does|do|did)\s*["“]?(?:not|n['’]t|never)|won['’]t)\s+(?:(?:ever|\w+ly)\s+)?(?:recogni[sz]e|accept|tolerate|endorse)(?!["”]?\s+(?:that|responsibility|blame|liability|defeat|it|them)\b)`;

/**
 * "warned Kabul that Pakistan would not accept…": a warning addressed to a party is a stance
 * against it (up to three words for its name; the one warned must be a party, checked apart).
 */
const WARNED_THAT = String.raw`warn(?:s|ed|ing)?\s+(?!(?:against|of|about|on|in|over)\b)(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?that`;

/** "hit back at Manila", "fired back at critics", "struck back at": a retort against a party. */
const BACK_AT = String.raw`(?:hit(?:s|ting)?|fir(?:e|es|ed|ing)|str(?:ike|ikes|uck|iking))\s+back\s+at`;

/**
 * "Armenia has frozen its participation in the CSTO", "suspended its cooperation with the agency":
 * a party leaving or halting its part in a body or a scheme stands against it.
 */
const MEMBERSHIP = String.raw`(?:suspend(?:s|ed|ing)?|fr(?:eeze|eezes|oze|ozen|eezing)|withdr(?:aw|aws|ew|awn|awing))\s+(?:\w+ly\s+)?(?:its|their|his|her|the\s+country['’]s)\s+(?:[\w-]+\s+){0,2}?(?:membership|participation|cooperation)\s+(?:in|of|with|from)`;

/**
 * "walked out of the session", "snubbed the summit", "stayed away from the memorial", and a
 * state's "strongly protests the…" of a diplomatic statement (the adverb tells the verb from the
 * plural noun): staying out or turning away in protest is a stance against what is shunned.
 */
const SHUNNING = String.raw`walk(?:s|ed|ing)?\s+out\s+(?:of|on)|snub(?:s|bed|bing)?|shun(?:s|ned|ning)?|st(?:ay|ays|ayed|aying)\s+away\s+from|protests(?<=\b\w+ly\s+protests)(?=\s+(?:the|a|an|its|their|this|these|what)\s)`;

/**
 * "called for sanctions on Russia", "renewed her party's call for a ban on trade with the
 * settlements", "pressed for an arms embargo against Israel": asking for a measure against a party
 * is a stance against it.
 */
const CALL_FOR_MEASURE = String.raw`(?:(?:renew|repeat|reiterat|issu|made|make|mak)\w*\s+(?:(?:his|her|their|its|our)\s+)?(?:[\w.-]+['’]s\s+)?(?:[\w-]+\s+)?calls?|call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|appeal(?:s|ed|ing)?|lobb(?:y|ies|ied|ying))\s+for\s+(?:(?:a|an|the|new|more|further|tougher|wider|targeted|international|full)\s+)*(?:[\w-]+\s+)?(?:ban|sanctions|embargo|boycott|restrictions|tariffs|suspension|expulsion)\s+(?:on|against|of)`;

/**
 * The envoys a state summons, expels or recalls: "ambassador", "high commissioner" (between
 * Commonwealth states), "chargé d'affaires", "diplomats". Every diplomatic frame names them so.
 */
export const ENVOY = String.raw`(?:ambassador|envoy|high\s+commissioner|diplomat|charg[eé](?:\s+d['’]affaires)?)s?`;

/**
 * "recalled its ambassador, Dana Lev, in protest at the recognition", "recalled its envoy over the
 * remarks": an envoy called home for a stated reason is a stance against that reason.
 */
const RECALL = String.raw`recall(?:s|ed|ing)?\s+(?:its|their|the\s+country['’]s)\s+${ENVOY}(?:,\s+[^,;]{1,40},)?\s+(?:(?:from|to|in)\s+(?:[\w'’.-]+\s+){1,2}?)?(?:over|about|in\s+protest\s+(?:at|against|over))`;

/** "The African Union suspended Gabon": a body suspending a state, not "suspended flights". */
const SUSPEND = String.raw`suspend(?:s|ed|ing)?(?=\s)`;

/** The pattern is read without case, so a suspension's party is checked apart: a capital follows. */
const SUSPENDS_PARTY = /^\s+(?:the\s+)?\p{Lu}/u;

/** "halted gas deliveries to Chisinau", not "to the breakaway region": trade stopped with a name. */
const HALTED_TRADE = new RegExp(String.raw`^(?:${TRADE_HALT})$`, "i");

/** "blamed Kyiv", "blamed the government": one blamed is a party, not "blamed the rain". */
const BLAMES_PARTY =
  /^\s+(?:(?:him|her|them|it)\s+for\b|(?:the\s+)?(?:\p{Lu}|(?:government|opposition|authorities|regime|administration|rebels|militants|junta|army|military|police|west)\b))/u;

/**
 * Verbs whose object the case-blind pattern cannot tell from a thing ("suspended flights",
 * "blamed the weather", "pointed the finger at the real culprits", "closed its airspace to all
 * flights") stand only before a party's name; `after` is the text after the verb.
 */
/**
 * "turned down an invitation to the parade", "declined Moscow's invitation": a courtesy refused is
 * no stance against the host ("…, an invitation he turned down" is caught by the relative rule).
 */
const INVITATION =
  /^\s+(?:the\s+)?(?:(?:an?|the|this|that|its|their|his|her|[\p{Lu}][\p{L}.-]*['’]s?)\s+)?(?:\w+\s+)?invitations?\b/u;

export function objectIsParty(verb: string, after: string): boolean {
  if (/^suspend/i.test(verb) || HALTED_TRADE.test(verb)) return SUSPENDS_PARTY.test(after);
  if (/^(?:blam|point)/i.test(verb)) return BLAMES_PARTY.test(after);
  if (/^clos/i.test(verb)) return SUSPENDS_PARTY.test(after);
  if (/^(?:turn|reject|declin|refus|spurn|rebuff)/i.test(verb) && INVITATION.test(after))
    return false;
  const instrument = instrumentOnParty(verb, after);
  if (instrument !== undefined) return instrument;
  return true;
}

/**
 * "reprimanded Peru over the incident", "rounded on Kyiv" (a verb, not "the second round on
 * Sunday"), "took issue with the tariffs", "balked at the plan",
 * "spoke out against", "raised concerns about", "demanded an apology
 * from", "voted down the bill", "downgraded ties with Oslo over…": reproach, reluctance and
 * protest told by a verb or an idiom of its own.
 */
const REPROACH = String.raw`reprimand(?:s|ed|ing)?|admonish(?:es|ed|ing)?|scold(?:s|ed|ing)?|fault(?:s|ed|ing)?(?=\s+(?:[\w'’.-]+\s+){1,4}?for\s)|round(?:s|ed|ing)\s+on(?=\s+(?:the\s+)?[A-Z])(?!\s+(?:${DAY_OR_MONTH})\b)|frown(?:s|ed|ing)?\s+(?:up)?on|disavow(?:s|ed|ing)?|t(?:ook|akes?|aking)\s+(?:strong\s+)?(?:issue|exception)\s+(?:with|to)|balk(?:s|ed|ing)?\s+at|bristl(?:e|es|ed|ing)\s+at|(?:sp(?:oke|eaks?|eaking)|c(?:ame|omes?|oming))\s+out\s+against|rais(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:concerns?|objections?|alarm)\s+(?:about|over|with|at)|sound(?:s|ed|ing)?\s+(?:the\s+)?alarm\s+(?:about|over|at|on)|demand(?:s|ed|ing)?\s+(?:an?\s+)?(?:\w+\s+)?apolog(?:y|ies)\s+from|vot(?:e|es|ed|ing)\s+down|(?:downgrad(?:e|es|ed|ing)|fr(?:eeze|eezes|oze|eezing))\s+(?:diplomatic\s+)?(?:relations|ties)\s+with(?=\s+(?:[\w'’.,-]+\s+){1,5}?(?:in\s+protest|over|citing|in\s+(?:retaliation|response))\b)`;

/**
 * "blamed Kyiv for the blackout", "blaming the opposition for the violence", and "Magyar blamed
 * Prime Minister Orbán": a fault laid on one named, with what it is blamed for or at the end of
 * its clause, is a charge against it (objectIsParty checks that a party is named).
 */
const BLAME = String.raw`blam(?:e|es|ed|ing)(?=\s+(?:[\w'’.-]+\s+){1,5}?for\s|\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*(?:[.;]|,\s+(?:saying|accusing|calling|adding|who|which)\b|$))`;

/**
 * "challenged the ruling", "contested the results", "disputes the legality of the ban": a
 * decision, a result or a measure called into question is opposed (not "contested the election"
 * nor "disputed the claims", a candidacy and a denial).
 */
const DISPUTE = String.raw`(?:challeng|contest|disput)(?:e|es|ed|ing|s)?(?=\s+(?:(?:the|a|an|its|their|his|her|this|these|that|those)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:decision|ruling|verdict|legality|validity|law|bill|sanctions|ban|tariffs|policy|measures?|order|decree|plan|move|annexation|sovereignty|tax|levy|quotas)\b)`;

/** "threatened Caracas with sanctions": a threat addressed to a party (not "was threatened with"). */
const THREATEN_WITH = String.raw`threaten(?:s|ed|ing)?(?=\s+(?!with\b)(?:[\w'’.-]+\s+){1,4}?with\s+(?:\w+\s+){0,2}?(?:sanctions|retaliation|reprisals|countermeasures|tariffs|expulsion|force|military\s+action|consequences|legal\s+action|measures)\b)`;

/**
 * "rebuffed an offer by China", "spurned the proposal", "has turned down the invitation",
 * "repudiated the deal", "distanced himself from the strike": turning a thing away, or oneself
 * from it, is a stance against it.
 */
const REBUFF = String.raw`rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|repudiat(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down|distanc(?:e|es|ed|ing)\s+(?:himself|herself|itself|themselves|ourselves)\s+from`;

/**
 * "is alarmed by", "are opposed to": a state of opposition, read like an active verb. One is
 * disappointed by a thing no party did too ("disappointed by the turnout"), which is no stance.
 */
/**
 * The states of mind a party is said to be in against something: "is alarmed by", "are angry at".
 * The stance model's feelings are these and the next three lists (opp-lexicon.ts).
 */
export const STATES_OF_MIND = String.raw`alarmed|opposed|angered|outraged|dismayed|concerned|troubled|unhappy|furious|angry|incensed|infuriated|appalled`;

/** States of mind one is in about things no party did too ("disappointed by the turnout"). */
export const LOOSE_STATES_OF_MIND = String.raw`disappointed|displeased|irritated|indignant`;

/** A feeling voiced by its noun: "expressed concern over", "voiced its dismay at". */
export const FEELING_NOUNS = String.raw`concerns?|reservations|misgivings|frustration|unease|alarm|anger|outrage|dismay|displeasure|disapproval|dissatisfaction|indignation`;

/** A feeling a thing stirs in a party: "…, which alarmed Canberra". */
export const FEELING_VERBS = String.raw`alarmed|angered|outraged|infuriated|irked|incensed|dismayed|alienated`;

const STATES = String.raw`(?:is|are|was|were|has been|have been|remain(?:s|ed)?|stays?|stayed)\s+["“]?${ADVERBS}(?:(?:${STATES_OF_MIND})["”]?\s+(?:by|at|to|over|about|with)|(?:${LOOSE_STATES_OF_MIND})["”]?\s+(?:by|at|to|over|about|with)(?!\s+(?:the\s+)?(?:\w+\s+)?(?:turnout|attendance|weather|results?|score|figures|numbers|sales|ratings)\b)|(?:critical|contemptuous|scornful|dismissive)\s+of|hostile\s+to(?:wards?)?|at\s+odds\s+with|against)|vot(?:e|es|ed|ing)\s+against`;

/**
 * ACTIVE's verbs in families, ACTIVE being their alternation in this order. A sentence searches
 * a family only when it has one of the family's words (its hint, tested after HINTS.active): most
 * sentences with a stance verb have a plain one ("condemned", "rejected") and none of the idioms
 * and frames, whose alternatives would otherwise be tried at every word. Verbs that can start at
 * the same word ("froze ties with…", "froze the assets of…") are tried in ACTIVE's order, family
 * by family, so the matches taken leftmost first over the families searched are ACTIVE's (see
 * execAllOf). A new verb goes in the family whose hint has its word, or in PLAIN.
 */
interface VerbFamily {
  readonly verbs: string;
  /** Words every match of the family has, at a word's start; none for the plain verbs. */
  readonly hint?: string;
}

/** Reproach, threat, rupture and protest told by idioms and frames of their own. */
const IDIOMS: VerbFamily = {
  verbs: String.raw`${ATTACK}|${REPROACH}|${BLAME}|${THREATEN_WITH}|retaliat(?:e|es|ed|ing)\s+against|${BACK_AT}|${WARNED_THAT}|dismiss(?:es|ed|ing)|threaten(?:s|ed)?\s+to\s+(?:veto|block|sanction)|threaten(?:s|ed|ing)?\s+(?:\w+\s+)?(?:retaliation|countermeasures|reprisals|retaliatory\s+measures)\s+against|(?:suspend(?:s|ed)?|sever(?:s|ed)?|cut|broke|break(?:s)?)\s+(?:diplomatic\s+|all\s+)?(?:relations|ties)\s+with(?=\s+(?:[\w'’.-]+\s+){1,4}in\s+protest)|${NOT_ACCEPT}|${RUPTURE}|${JOINED_RUPTURE}|(?:summon(?:s|ed|ing)?|expel(?:s|led|ling)?)\s+(?:\w+['’]s\s+|the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’.-]+\s+){0,3}?${ENVOY}\s+(?:[\w'’-]+\s+){0,4}?(?:(?<!\bhand\s)over|about|in protest (?:at|against|over)|to (?:protest|complain)(?: against| about| over)?)|${RECALL}|${SHUNNING}|protest(?:s|ed|ing)?\s+(?:to|with)\s+(?:[\w'’.-]+\s+){1,5}?(?:over|about|against)`,
  hint: String.raw`attack|reprimand|admonish|scold|fault|halt|call\w*\s+off|round\w*\s+on|frown|disavow|(?:issue|exception)\s+(?:with|to)|balk|bristl|out\s+against|concern|object|alarm|apolog|vot|downgrad|fr(?:ee|o)z|blam|threaten|retaliat|hit|fir(?:e|ed|es|ing)\s+back|str(?:ike|ikes|uck|iking)\s+back|warn|dismiss|suspend|sever|cut|broke|break|recogni|accept|tolerat|endors|summon|expel|recall|walk\w*\s+out|snub|shun|stay\w*\s+away|protest`,
};

/** "disputed the ruling". */
const DISPUTES: VerbFamily = { verbs: DISPUTE, hint: String.raw`challeng|contest|disput` };

/** "expressed concern over", "lodged a protest with": a stance voiced by its noun. */
/**
 * "repeated its objection to the dam", "restated Samoa's opposition to deep-sea mining", "lodged
 * "a stern protest" with Pyongyang", "renewed its protest this week over the construction": a
 * stance voiced again, by a possessive or in quotation marks, dated before its preposition.
 */
const VOICED_AGAIN = String.raw`repeat(?:s|ed|ing)?|restat(?:e|es|ed|ing)|renew(?:s|ed|ing)?|reaffirm(?:s|ed|ing)?`;
const VOICED_WHEN = String.raw`(?:(?:this|last)\s+(?:week|month)\s+|on\s+${WEEKDAY}\s+)?`;

const VOICED: VerbFamily = {
  verbs: String.raw`(?:express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing)|stat(?:e|es|ed|ing)|register(?:s|ed|ing)?|lodg(?:e|es|ed|ing)|hand(?:s|ed|ing)|deliver(?:s|ed|ing)?|sen(?:t|ds?|ding)|submit(?:s|ted|ting)?|${VOICED_AGAIN})\s+(?:["“]?[\w'’-]+\s+){0,2}?["“]?(?:opposition|objections?|protests?(?:\s+notes?)?|notes?\s+of\s+protest|${FEELING_NOUNS}|representations|complaints?)["”]?\s+${VOICED_WHEN}(?:to|over|about|at|against|with)`,
  hint: String.raw`oppos|object|protest|concern|reservations|misgiving|frustrat|unease|alarm|anger|outrag|dismay|displeas|disapprov|dissatisf|indignat|representations|complain`,
};

/** Measures taken against a party: sanctions, frozen assets, aid cut, suspension, bans. */
const MEASURE_VERBS: VerbFamily = {
  verbs: String.raw`${MEASURES}|${AID_CUT}|${MEMBERSHIP}|${TRADE_HALT}|${SUSPEND}|${BAN}`,
  hint: String.raw`sanction|embargo|restriction|curbs|penalt|tariff|duties|levies|duty|levy|ban|bars|barr|prohibit|export\s+controls|asset|countermeasure|counter-measure|reprisal|retaliatory|fr(?:ee|o)z|halt|withh|paus|stop|suspend|cut|withdr`,
};

/** "called for sanctions on Russia". */
const CALLS: VerbFamily = {
  verbs: CALL_FOR_MEASURE,
  hint: String.raw`(?:call|press|push|appeal|lobb)\w*\s+for\b`,
};

/** The plain stance verbs, and the states of opposition read like them. */
const PLAIN: VerbFamily = {
  verbs: String.raw`condemn(?:s|ed|ing)?|${REBUFF}|criticis(?:e|es|ed|ing)|lambast(?:s|ed|ing)?|excoriat(?:e|es|ed|ing)|castigat(?:e|es|ed|ing)|berat(?:e|es|ed|ing)|chastis(?:e|es|ed|ing)|chastiz(?:e|es|ed|ing)|assail(?:s|ed|ing)?|upbraid(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|derid(?:e|es|ed|ing)|mock(?:s|ed|ing)?|disparag(?:e|es|ed|ing)|regrett?(?:s|ed|ing)?|rail(?:s|ed|ing)?\s+against|push(?:es|ed|ing)?\s+back\s+against|took\s+aim\s+at|tak(?:e|es|ing)\s+aim\s+at|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|reject(?:s|ed|ing)?|vetoe[ds]|vetoing|sanctioned|sanctioning|blacklist(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|protest(?:s|ing|ed)?\s+(?:(?:at\s+the\s+time|\w+ly|again)\s+)?against|protested|protesting(?=\s+(?:the|a|an|its|their|his|her|this|these|what|last)\s)|lash(?:es|ed|ing)?\s+out\s+at|hit(?:s|ting)?\s+out\s+at|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|deplor(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|censur(?:e|es|ed|ing)|object(?:s|ed|ing)?\s+(?:\w+ly\s+)?to|block(?:s|ed|ing)|(?:block|veto|sue)${AFTER_MODAL}|(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,5}?against|accus(?:e|es|ed|ing)|boycott(?:s|ed|ing)?|${LEGAL}|${STATES}`,
};

/** "chided Manila", "resisted the reform": WordNet's stance verbs (opposition-wordnet-verbs.ts). */
const WORDNET: VerbFamily = { verbs: WORDNET_VERBS, hint: WORDNET_HINT };

/** "poured scorn on", "gave short shrift to": idioms of opposition-phrasal.ts. */
const PHRASAL: VerbFamily = { verbs: PHRASAL_VERBS, hint: PHRASAL_HINT };

/** "pointed the finger at", "vowed countermeasures against": idioms of opposition-idioms.ts. */
const NOUN_IDIOMS: VerbFamily = { verbs: IDIOM_VERBS, hint: IDIOM_HINT };

/** "tore into the budget", "vowed to fight the reform": opposition-attack-idioms.ts. */
const ATTACK_IDIOMS: VerbFamily = { verbs: ATTACK_IDIOM_VERBS, hint: ATTACK_IDIOM_HINT };

/** "placed travel bans on", "froze the bank accounts of": opposition-sanction-instruments.ts. */
const INSTRUMENTS: VerbFamily = { verbs: INSTRUMENT_VERBS, hint: INSTRUMENT_HINT };

/** "will not allow Ethiopia to fill the dam": opposition-refusal.ts. */
const REFUSALS: VerbFamily = { verbs: REFUSAL_VERBS, hint: REFUSAL_HINT };

const FAMILIES = [
  IDIOMS,
  DISPUTES,
  VOICED,
  MEASURE_VERBS,
  INSTRUMENTS,
  CALLS,
  NOUN_IDIOMS,
  ATTACK_IDIOMS,
  REFUSALS,
  WORDNET,
  PHRASAL,
  PLAIN,
];

export const ACTIVE = new RegExp(
  String.raw`\b(?:${FAMILIES.map((family) => family.verbs).join("|")})\b`,
  "gi",
);

/**
 * Each family of ACTIVE as a pattern of its own, with the test a sentence must pass for it: the
 * letters the pattern itself needs (so the plain verbs, which have no hint, are not searched for
 * in the half of the sentences HINTS.active lets through that lack them), then its hint.
 */
const FAMILY_PATTERNS = FAMILIES.map((family) => {
  const pattern = new RegExp(String.raw`\b(?:${family.verbs})\b`, "gi");
  const letters = letterGate(pattern);
  const hint =
    family.hint === undefined
      ? undefined
      : gatedTest(new RegExp(String.raw`\b(?:${family.hint})`, "i"));
  return {
    may: hint === undefined ? letters : (text: string) => letters(text) && hint(text),
    pattern,
  };
});

/** ACTIVE's matches in a sentence that passed HINTS.active, found family by family. */
export function activeMatches(text: string): RegExpExecArray[] {
  // A push loop: the filtered patterns come in one kind of array in every tier (packed-map.ts).
  const patterns: RegExp[] = [];
  for (const f of FAMILY_PATTERNS) if (f.may(text)) patterns.push(f.pattern);
  return execAllOf(patterns, text);
}

/**
 * What may stand between a participle and its "by" in a reduced relative: "criticised in Baghdad
 * by", "condemned on Monday by", "rejected last week by", "denounced at the time by".
 */
const PASSIVE_INSERT = String.raw`(?:\s+in\s+[A-Z][\w-]*|\s+on\s+${WEEKDAY}|\s+last\s+(?:week|month|year)|\s+at\s+the\s+time)?`;

/**
 * "who was himself sanctioned by Washington": the reflexive that stresses a passive's subject
 * (kept out of ADVERBS, which the long active pattern shares, to keep that one small).
 */
const REFLEXIVE = String.raw`(?:(?:himself|herself|itself|themselves)\s+)?`;

/**
 * "were dismissed by the rebels as "worthless"": dismissing is a stance only with the label it
 * gives ("an official dismissed by the president" was fired).
 */
const PARTICIPLES = String.raw`dismissed(?=\s+by\s[^,;.]{1,60}?\sas\s)|condemned|sued|taken\s+to\s+court|lambasted|castigated|berated|assailed|excoriated|chastised|chastized|derided|ridiculed|accused|blamed|rebuffed|spurned|repudiated|turned\s+down|criticised|criticized|denounced|rejected|vetoed|sanctioned|blacklisted|opposed|slammed|rebuked|censured|boycotted|blocked|protested|decried|deplored|blasted|barred|banned`;

/**
 * "The veto was also condemned by…", "was condemned on Monday by…", "was rejected outright
 * by…", "was widely condemned, including by…", "drew criticism from…", "came under fire
 * from…", "came in for criticism from…", "was the target of criticism from…", and
 * "…approved a loan, a decision criticised by…", "…paid from oil revenue, an arrangement
 * criticised in Baghdad by…" (the noun phrase, any, is the second group; its participle the third).
 */
export const PASSIVE = new RegExp(
  String.raw`\b(?:was|were|has been|have been|had been|is|are|being|been|and|but)\s+${ADVERBS}${REFLEXIVE}(${PARTICIPLES})(?:\s+in\s+[A-Z][\w-]*|\s+on\s+${WEEKDAY}|,\s*(?:including|notably|especially|most\s+notably)|\s+(?:outright|flatly|firmly|publicly|unanimously))?\s+by\b|(?<=,\s+(?:a|an|the)\s+)((?:[\w-]+\s+){0,2}?[a-z]+)\s+(?:\w+ly\s+)?(${PARTICIPLES})${PASSIVE_INSERT}\s+by\b|\b(?:dr[ae]w|draws|drawing|sparked|sparking|prompted|triggered|provoked|met with|came under|(?:(?:has|have|had)\s+)?c(?:ame|ome|omes|oming)\s+in\s+for|(?:was|were|is|are|became|has\s+been)\s+the\s+(?:target|subject|object)\s+of|faced?|facing)\s+(?:\w+\s+){0,2}?(condemnation|criticism|protests?|rebukes?|objections?|opposition|fire|anger|outrage|a backlash|backlash|(?:angry|sharp|furious|strong|stern|swift|hostile)\s+(?:response|reaction|rebuke)s?)\s+from\b`,
  "gi",
);

/**
 * "…a security deal, which alarmed Canberra and Wellington": the one alarmed or angered is the
 * object, and it opposes the subject. The match starts at the relative pronoun, if any, so the
 * subject is what comes before it.
 */
/** Cheap tests that let a sentence skip a pattern it cannot match. */
export const HINTS = {
  /**
   * A word every alternative of ACTIVE contains, at a word's start: its verb, or for the verbs
   * too common to gate on ("stated", "announced", "imposed") the noun they need ("objections",
   * "sanctions"). Most sentences contain none and skip the long pattern.
   */
  active: new RegExp(
    String.raw`\b(?:${AID_CUT_HINT}|${IDIOM_HINT}|${ATTACK_IDIOM_WORDS}|${REFUSAL_WORDS}|${INSTRUMENT_WORDS}|${TRADE_HALT_HINT}|halt|call\w*\s+off|caution|reprimand|admonish|scold|fault|round\w*\s+on|frown|disavow|(?:issue|exception)\s+(?:with|to)|balk|bristl|out\s+against|apolog|downgrad|troubl|unhappy|disappoint|irritat|indignant|furious|angry|incens|infuriat|appall|blam|challeng|contest|disput|retaliat|hostile|odds|contempt|scorn|rebuff|spurn|repudiat|turn\w*\s+down|distanc|attack|hit|fir(?:e|ed|es|ing)\s+back|str(?:ike|ikes|uck|iking)\s+back|dismiss|oppos|object|protest|concern|alarm|anger|outrag|dismay|displeas|disapprov|dissatisf|indignat|representations|complain|reservations|misgiving|frustrat|unease|countermeasure|counter-measure|reprisal|retaliatory|\bsue\b|threaten|suspend|sever|cut|broke|break|refus|sanction|embargo|restriction|penalt|tariff|duties|levies|duty|levy|bans|export\s+controls|asset|fr(?:ee|o)z|barr|summon|expel|recall|(?:call|press|push|appeal|lobb)\w*\s+for\b|walk\w*\s+out|snub|shun|stay\w*\s+away|recogni|accept|tolerat|endors|condemn|critic|lambast|excoriat|castigat|berat|chastis|assail|upbraid|ridicul|derid|mock|disparag|regret|rail|push|took\s+aim|tak(?:e|es|ing)\s+aim|denounc|reject|veto|blacklist|lash|slam|blast|decr|deplor|rebuk|censur|block|warn|accus|boycott|against|vot|ban\b|bans\b|bann|bars\b|prohibit|withdr|su(?:es|ed|ing)\b|t(?:ook|aken|ake|akes|aking)\s(?:\S+\s){1,4}?to\s+(?:court|arbitration|the\s))`,
    "i",
  ),
  /**
   * The words of the listed verbs and idioms (opposition-wordnet-verbs.ts, opposition-phrasal.ts),
   * tested apart from `active`: their letters are rare, so the letter gate rejects almost every
   * sentence before the pattern runs, where inside `active` they would be tried at every word.
   */
  lexicon: new RegExp(String.raw`\b(?:${WORDNET_HINT}|${PHRASAL_HINT})`, "i"),
  evaluative:
    /\b(?:call|describ|brand|label|term|dub|consider(?:s|ed|ing)?\b|regard(?:s|ed|ing)?\b|view(?:s|ed|ing)?\b|deem|see(?:s|ing)?\b|saw\b)/i,
  experiencer: /\b(?:alarm|anger|outrag|infuriat|irk|incens|dismay|alienat)/i,
  passive: /\b(?:by|from)\b/i,
  said: new RegExp(String.raw`\b(?:${REPORTED_SPEECH_VERBS})\b`, "i"),
};

export const EXPERIENCER = new RegExp(
  String.raw`(?:\b(?:which|that)\s+)?(?<!\b(?:was|were|is|are|be|been|being|not)\s+)\b(?:has\s+|have\s+|had\s+)?(${FEELING_VERBS})\b(?!\s+(?:by|at|over|that)\b)`,
  "gi",
);

export const NOMINAL =
  /['’]s\s+(?:[\w-]+\s+)?(?:(?:condemnation|criticism|rejection|denunciation|opposition|objections?|veto|censure|repudiation|disapproval|hostility)\s+(?:of|to)|rebukes?\s+to|protests?\s+(?:against|over|at)|sanctions\s+(?:on|against))\b/gi;

/** "Chinese opposition to the deal": a stance told by a noun after the holder's demonym. */
export const DEMONYM_NOMINAL =
  /(?<!\bthe\s+)\b(\p{Lu}[\p{L}.-]*)\s+(?:condemnation|criticism|rejection|denunciation|opposition|objections?)\s+(?:of|to)\b/gu;

/** "Thailand and Cambodia traded accusations": a stance held by each party against the other. */
export const MUTUAL =
  /\b(?:trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))\s+(?:\w+\s+)?(?:accusations|barbs|insults|blame|recriminations|threats|criticism)\b/gi;

/**
 * "a puppet of the oil companies", "an instrument of Rama's will", "a tool of repression": a party
 * or a measure said to serve another's power or will.
 */
const SUBORDINATE = String.raw`puppets?|stooges?|lackeys?|vassals?|mouthpieces?|(?:instrument|tool)s?\s+of\s+(?:[\p{L}'’-]+\s+){0,3}?(?:power|powers|will|interests|agenda|repression|oppression|pressure|domination|control|revenge|war|propaganda|occupation|aggression)`;

/** "an occupation", "a land grab", "annexation": control of land or power said to be taken wrongly. */
const USURPATION = String.raw`occupation|(?:land|power)[\s-]grabs?|usurpation|annexation`;

/** "collective punishment", "a witch-hunt", "a show trial", "apartheid": wrongs done to people. */
const PERSECUTION = String.raw`collective\s+punishment|persecution|repression|apartheid|witch[\s-]?hunts?|show\s+trials?|kangaroo\s+courts?|vendettas?|war\s+crimes?|crimes?\s+against\s+humanity`;

/**
 * "political theatre", '"theatre"', "cheap politics", "posturing": an act said to be put on for
 * show. "Theatre" alone counts only where its phrase ends, not "a theatre of world rank".
 */
const INSINCERE = String.raw`(?:political|pure|mere|cheap|empty)\s+theat(?:re|er)|theat(?:re|er)(?=["”]|\s*[,.;]|$)|(?:cheap|petty|partisan|dirty)\s+politics|politicking|(?:political\s+)?point-scoring|grandstanding|posturing|electioneering|propaganda`;

/** Words that, said of a thing, are a verdict against it. */
export const VERDICT = String.raw`deliberate\s+(?:attempt|test|provocation|act|attack|escalation)|hybrid\s+(?:attack|warfare|threat|operation)s?|mortgage\s+on|dead\s+end|non-starter|prison|jail|death\s+(?:sentence|warrant|knell)|nightmare|joke|circus|charade|fiasco|folly|stunt|smokescreen|fraud|grotesque|shameful|disgrace\w*|shame\w*|unacceptable|outrage\w*|illegal|illegitimate|unlawful|provocat\w*|aggression|aggressive|mistake|blunder|betrayal|absurd|irresponsible|reckless|dangerous|hostile|unfriendly|disrespect\w*|arrogan\w*|insolen\w*|interference|violation|farce|sham|travesty|scandal\w*|unjust\w*|unfair|blackmail|hypocri\w*|destabili[sz]\w*|threat|attack\s+on|act\s+of|declaration\s+of\s+war|(?:legitimate|military)\s+targets?|cleansing|lies|lie|fabricat\w*|slander\w*|insult\w*|racist|colonial\w*|moribund|failure|catastroph\w*|disaster\w*|genocid\w*|terroris\w*|piracy|theft|robbery|protectionis\w*|(?:tax|levy)\s+on|(?:pour\w*\s+|add\w*\s+)?fuel\s+(?:on|to)\s+the\s+(?:fire|flames)|playing\s+with\s+fire|flawed|biased|misguided|regrettable|deplorable|unhelpful|unconstitutional|undemocratic|inadmissible|ill-advised|ill-conceived|short-sighted|counter-?productive|politically\s+motivated|${SUBORDINATE}|${USURPATION}|${PERSECUTION}|${INSINCERE}|arbitrary|interventionist|meddling|hegemon\w*|imperialis\w*|${MORE_VERDICTS}`;

/**
 * Each verdict frame is compiled twice: with the hand list, and with any word that heads its
 * phrase (HEADED_WORD), which the valence lexicon then judges (see lexicalVerdicts). A word list
 * of thousands inlined in the frames would take seconds to compile.
 */
export const JUDGED = String.raw`(?:${VERDICT})`;

/**
 * Where a verdict (JUDGED or HEADED_WORD, each beginning with a letter) starts: saying so with a
 * lookahead changes no match, but lets the regex compiler generate the long verdict list once
 * instead of once for each optional word before it (tens of milliseconds per frame on first run).
 * Not in COPULA: the reported-speech frames try it at so many places that it cost more than it
 * saved there.
 */
const AT_VERDICT = String.raw`(?=\p{L})`;

/** A verdict of the hand list anywhere in a quotation: "'unacceptable pressure'". */
export const JUDGED_WORD = new RegExp(String.raw`\b${JUDGED}\b`, "i");

/** "called Orban on Monday to discuss…": a telephone call's purpose ends what the call names. */
const CALL_PURPOSE = String.raw`to\s+(?:discuss|talk|congratulate|express|offer|ask|thank|convey|brief|review|coordinate|seek|urge|press|raise|invite|inform)\b`;

/** "called her on Monday", "called her a liar": "her" as the object, not "her remarks". */
const HER_AS_OBJECT = String.raw`her\b(?=\s*(?:[,.;:"“]|$|(?:a|an|the|as|on|to|at|in|and|after|before|about|back|from|over|last|this|yesterday|today)\b))`;

/**
 * "(announced on Monday)", "(see 15:05)": an aside in brackets inside the object of a verb of
 * calling, passed over as one word.
 */
const ASIDE_IN_BRACKETS = String.raw`\([^()"“”]{1,40}\)`;

/**
 * "considers the raid illegal", "regards the fence as a provocation", "views the levy as theft",
 * "deemed the vote a sham": a verdict held, read like one said ("called"). Not the passive ("is
 * considered a threat by…"), whose object is no phrase before the verdict.
 */
const CONSIDER = String.raw`consider(?:s|ed|ing)?|regard(?:s|ed|ing)?|view(?:s|ed|ing)?|deem(?:s|ed|ing)?|see(?:s|ing)?|saw`;

/**
 * "called the veto 'a disgrace'", "described the move as illegal": an evaluative verdict. The
 * object runs up to "as" or the article of the verdict, so it takes as many words as it can.
 */
const evaluative = (verdict: string): RegExp =>
  new RegExp(
    String.raw`\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)|label(?:l?ed|s|l?ing)?|term(?:s|ed|ing)|dub(?:s|bed|bing)|${CONSIDER})\s+(?!on\b|for\b|by\b|it\b|them\b|this\b|that\b|him\b|${HER_AS_OBJECT})((?:(?:(?!as\b|an?\b|because\b|since\b|which\b|who\b|when\b|while\b|if\b|but\b|${CALL_PURPOSE})[\p{L}\d'’.-]+|${ASIDE_IN_BRACKETS})\s+){1,7})(?:as\s+)?["“]?(?:an?\s+|the\s+)?(?:(?!as\b|an?\b|the\b)[\p{L}-]+\s+){0,3}?${AT_VERDICT}${verdict}\b`,
    "giu",
  );
export const EVALUATIVE = evaluative(JUDGED);
export const EVALUATIVE_LEXICAL = evaluative(HEADED_WORD);

/**
 * "said the vote could not be free or fair", "said French reluctance was 'no longer acceptable'",
 * "said the claims were neither justified nor…": a virtue denied is a verdict against. "accepted"
 * only as a refusal ("would never be accepted"): "its application was not accepted" is a procedure.
 */
const DENIED_VIRTUE = String.raw`["“]?(?:(?:could|can|would|will)\s*(?:not|n['’]t|never)\s+be\s+(?:considered\s+)?|(?:(?:was|were|is|are|remained|remains|had\s+been|has\s+been)\s+["“]?(?:not|no\s+longer|never|neither)|(?:was|were|is|are)n['’]t)\s+["“]?(?:\w+ly\s+)?)(?:free|fair|credible|legitimate|democratic|transparent|valid|inclusive|acceptable|tolerable|justified|justifiable|lawful|legal|taken\s+seriously|trusted|relied\s+(?:on|upon)|believed|tolerated|condoned|(?<=\bbe\s+(?:considered\s+)?["“]?(?:\w+ly\s+)?)accepted(?=["”]?\s*(?:[,.;]|$)))`;

/** "said Warsaw had sent exactly the wrong signal": a message judged wrong judges its sender. */
const WRONG_SIGNAL = String.raw`(?:(?:had|has|have|would|will|could|was|were|is|are)\s+)?["“]?(?:\w+ly\s+)?sen(?:t|ds?|ding)\s+(?:exactly\s+|precisely\s+|entirely\s+)?(?:the|a|an)\s+(?:wrong|dangerous|bad|negative|worrying|troubling|alarming|terrible|disastrous)\s+(?:signals?|messages?)`;

/**
 * "said Germany had made a historic mistake", "said Tanzania was making a grave error": a fault
 * committed, told of a party or an act (the group "fault"; see judgedAsVerdict).
 */
const FAULT = String.raw`(?<fault>(?:(?:had|has|have|was|were|is|are|would\s+be)\s+)?["“]?(?:\w+ly\s+)?(?:made|makes|making|committed|commits|committing)\s+["“]?(?:a|an|the)\s+(?:(?:same|grave|serious|big|huge|historic|strategic|terrible|major|costly|fatal|fundamental|dangerous)\s+)?(?:mistake|error|blunder|miscalculation))`;

/** "said Moscow was 'escalating tensions in the region'": stirring up tensions is a charge. */
const TENSIONS = String.raw`(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+["“]?(?:\w+ly\s+)?)?(?:(?:deliberately|further)\s+)?(?:escalat|stok|fuel|inflam|heighten)\w*\s+(?:the\s+)?tensions?`;

/** "said the prime minister had lost the legitimacy to govern": standing lost judges its holder. */
const LOST_STANDING = String.raw`(?:had|has|have)\s+["“]?(?:\w+ly\s+)?lost\s+(?:(?:the|its|his|her|their|all|any)\s+)?(?:\w+\s+)?(?:legitimacy|credibility|mandate|moral\s+authority)`;

/**
 * "said the meeting had hurt Slovakia's credibility", "said the radars would undermine regional
 * stability", 'said the strike "undermines months of joint work"': harm done by a thing, told by a
 * speaker (in quotation marks or not), is a verdict against it (the group "harm").
 */
const HARM = String.raw`(?<harm>["“]?(?:(?:had|has|have|would|will|could|risks?|risked)\s+)?["“]?(?:\w+ly\s+|also\s+)?(?:hurt(?:s|ing)?|harm(?:s|ed|ing)?|damag(?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|threaten(?:s|ed|ing)?(?!\s+to\b)|jeopardi[sz](?:e|es|ed|ing)|endanger(?:s|ed|ing)?|destabili[sz](?:e|es|ed|ing)|violat(?:e|es|ed|ing)|contraven(?:e|es|ed|ing)|breach(?:es|ed|ing)?|erod(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|sabotag(?:e|es|ed|ing)|derail(?:s|ed|ing)?|wreck(?:s|ed|ing)?|ruin(?:s|ed|ing)?|betray(?:s|ed|ing)?|${MORE_HARM})\s+(?!by\b))`;

/**
 * "said (that) the sanctions…", "said this week that the sanctions…", "told reporters the
 * sanctions…", and the second clause of "said Glas was a criminal and that the asylum granted him
 * was illegal": the first group is the subject.
 */
const SAID = String.raw`\b(?:${REPORTED_SPEECH_VERBS})\s+(?:[^;]{1,200}?\band\s+that\s+)??(?:(?:(?:in|on|at|during|after)\s+(?:[\p{L}\d'’.-]+\s+){1,4}?|(?:this|last|earlier\s+this)\s+(?:week|month|year|weekend|morning|afternoon|evening)\s+)?that\s+)?((?:(?!and\s+that\b)[\p{L}\d'’.-]+\s+){1,10}?)`;
/**
 * "…were illegitimate", "…is a dangerous", "…amounted to interference": a copula, or a verb that
 * equates like one ("represented a betrayal", "was tantamount to blackmail"), or one that says
 * what a thing reveals of itself ("showed an open contempt for…", "reflected a dangerous drift"),
 * and what may stand before its verdict. Not one that reveals a clause ("said the attack showed
 * that piracy was spreading"): the verdict there is on the clause's subject, not the thing.
 */
export const COPULA = String.raw`(?:was|were|is|are|would be|will be|had been|has been|remained|remains|(?:would\s+|will\s+)?amount(?:s|ed)?\s+to|constitut(?:e|es|ed)|(?:was|were|is|are)\s+tantamount\s+to|represent(?:s|ed)|(?:show(?:s|ed)|reflect(?:s|ed)|demonstrat(?:es|ed))(?!\s+(?:that|how|why|what|whether)\b))\s+(?:(?:treated|regarded|considered|seen|viewed)\s+as\s+)?["“]?(?:\w+ly\s+)?(?:an?\s+|the\s+)?["“]?(?:[\p{L}-]+\s+){0,2}?`;
/**
 * '"Ghana is not a problem to be managed," Starmer said': a verdict denied right after its
 * copula is none ("is not a threat", "was never a provocation", "is no danger"); "is not only
 * unfair" and "is no less than" still judge.
 */
export const NEGATED_COPULA =
  /^\s*(?:(?:was|were|is|are|remains?|remained)\s+(?:not|never|no)|(?:would|will)\s+(?:not|never)\s+be|(?:has|had|have)\s+(?:not|never)\s+been)\b(?!\s+(?:only|just|merely|less|short)\b)/i;

/**
 * "the ministry said the sanctions were illegitimate": a verdict told in reported speech. The
 * first group is what the verdict is passed on (see opposition-told.ts for "told X the…").
 */
export const SAID_VERDICT = new RegExp(
  String.raw`${SAID}(?:${COPULA}${JUDGED}\b|${DENIED_VIRTUE}\b|${WRONG_SIGNAL}\b|${LOST_STANDING}\b|${TENSIONS}\b|${FAULT}\b|${HARM})`,
  "giu",
);
export const SAID_LEXICAL = new RegExp(String.raw`${SAID}${COPULA}${HEADED_WORD}\b`, "giu");

/**
 * "…, a trip that Beijing called a provocation": a verdict passed in a relative clause on the noun
 * the clause hangs on. The first group is the pronoun, the second the verdict's speaker.
 */
const relative = (verdict: string): RegExp =>
  new RegExp(
    String.raw`\b(that|which)\s+((?:[\p{L}\d'’.-]+,?\s+){1,8}?)(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:called|described\s+as|branded|labell?ed|termed|dubbed)\s+["“]?(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?${AT_VERDICT}${verdict}\b`,
    "giu",
  );
export const RELATIVE_VERDICT = relative(JUDGED);
export const RELATIVE_LEXICAL = relative(HEADED_WORD);
