/**
 * Stances told by an idiom of verb and noun that ends right before the one opposed, read like an
 * active verb (see opposition-verbs.ts, whose families this is one of).
 */

/** "pointed the finger at Hanoi", "pointed an accusing finger at the rebels". */
const FINGER = String.raw`point(?:s|ed|ing)?\s+(?:the|an?)\s+(?:accusing\s+)?finger\s+at`;

/**
 * "called out Ankara for its silence", "calls out the regulator over the fees": a public reproach
 * told with its reason ("for", "over"), not "called out the (coast) guard", one's own ("called out
 * its reserves") nor "called out for help".
 */
const CALLED_OUT = String.raw`call(?:s|ed|ing)?\s+out(?!\s+(?:for|to|(?:its|their|his|her|our)\b|the\s+(?:\w+\s+)?(?:army|troops|military|guard|police|reserves|firefighters|rescuers|volunteers|soldiers|forces)\b))(?=\s+(?:[\w'’.-]+\s+){1,5}?(?:for|over)\s)`;

/**
 * "vowed countermeasures against the Danish curbs", "will take retaliatory steps against Oslo",
 * "promised a response in kind to the tariffs": a reprisal announced against a party or a measure.
 */
const REPRISAL = String.raw`(?:vow|promis|pledg|tak|took|adopt|prepar|warn)\w*\s+(?:of\s+)?(?:(?!part\b)\w+\s+){0,2}?(?:countermeasures|counter-measures|retaliation|reprisals|retaliatory\s+(?:measures|steps|action)|reciprocal\s+measures)\s+(?:against|on|to)`;

/**
 * "threatened military action against the junta", "threatens tariffs of 30 percent on Quito": a
 * threat of force or of a measure made against a party.
 */
const THREATENED_MEASURE = String.raw`threaten(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:military\s+(?:action|force|intervention)|force|sanctions|tariffs|legal\s+action|consequences|punitive\s+(?:measures|action|steps))\s+(?:[\w%$€¤£.-]+\s+){0,5}?(?:against|on)`;

/**
 * "expressed its strong condemnation of the raid", "voiced regret over the visit", "conveyed
 * Canberra's disappointment at the ruling": a stance told by its noun. Regret "for" is an apology
 * for one's own act and is left out, and regret over a loss or deaths ("expressed regret over the
 * loss of life") is condolence.
 */
const VOICED_NOUN = String.raw`(?:express|voic|conve|reiterat|register|record)\w*\s+(?:(?:its|their|his|her|the|a|an|our|[\w.-]+['’]s)\s+)?(?:\w+\s+){0,2}?(?:condemnation|rejection|regret|disappointment)\s+(?:of|at|over|about|with|regarding)(?<!regret\s+\w+)|(?:express|voic|conve|reiterat|register|record)\w*\s+(?:(?:its|their|his|her|the|a|an|our|[\w.-]+['’]s)\s+)?(?:\w+\s+){0,2}?regret\s+(?:at|over|about|regarding)(?!\s+(?:the\s+)?(?:(?:tragic|heavy|great|terrible|\w+ful)\s+)?(?:loss|losses|deaths?|death\s+toll|passing|casualties|victims|killing|demise|dead)\b)`;

/** "raised strong objections to the carbon levy": the objection told with "to". */
const OBJECTIONS_TO = String.raw`rais(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?objections?\s+to`;

/**
 * "demanded the withdrawal of French troops", "calls for the expulsion of the envoy": asking that
 * a party's people or forces go is a stance against that party; not one's own ("called for the
 * withdrawal of its troops").
 */
const MADE_TO_GO = String.raw`(?:demand|call)\w*\s+(?:for\s+)?(?:the\s+)?(?:\w+\s+)?(?:withdrawal|departure|expulsion|removal|pull-?out)\s+of(?!\s+(?:its|their|his|her|our)\s)`;

/**
 * "ordered the French ambassador to leave", "ordered Indian troops to leave the islands": a
 * party's envoy or forces told to go (not "ordered its troops to leave", a state's own). The match ends at the verb, so what follows is its object.
 */
const ORDERED_OUT = String.raw`order(?:s|ed|ing)?(?=\s+(?:the\s+|all\s+)?(?:(?!(?:its|their|his|her|our|own)\b)[\w'’.-]+\s+){0,3}?(?:ambassador|envoy|high\s+commissioner|charg[eé]\S*|diplomats?|troops|forces|soldiers|peacekeepers|military\s+personnel|contingent)\s+(?:[\w'’,.-]+\s+){0,5}?to\s+(?:leave|withdraw|depart|quit|pull\s+out)\b)`;

/**
 * "has been a vocal critic of the junta", "is among the fiercest critics of the plan", "led the
 * opposition to the treaty": a holder described as the other's critic or opponent.
 */
const CRITIC_OF = String.raw`(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|becomes?|became)\s+(?:(?:also|long|still|now|already|\w+ly)\s+)?(?:an?|one\s+of\s+the|among\s+the)\s+(?:[\w-]+\s+){0,2}?(?:critics?|opponents?|detractors?)\s+of|led\s+(?:the\s+)?(?:(?:opposition|resistance)\s+(?:to|against)|(?:campaign|charge)\s+against(?!\s+(?:the\s+)?(?:malaria|polio|measles|cholera|ebola|hiv|aids|tuberculosis|cancer|covid\S*|virus|disease|pandemic|epidemic|illiteracy)\b)))`;

/**
 * "suspended all trade with Caracas", "cut off coal exports to Israel", "halted rice imports from
 * Yangon": trade with a party stopped. The match ends at the preposition, so the party follows.
 * Tried before a bare "suspended" of a party (opposition-verbs.ts), which starts at the same word.
 */
export const TRADE_HALT = String.raw`(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|cut(?:s|ting)?\s+off|fr(?:eeze|eezes|oze|eezing))\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:trade|imports|exports|shipments|sales|deliveries)\s+(?:with|from|to)`;

/**
 * "launched a scathing attack on Belgrade", "issued a stern rebuke to Moscow", "delivered a
 * broadside against the commission": a verbal attack told by its noun. A bare "attack" is a
 * strike, so it needs a word that makes it one of words ("scathing", "verbal", "veiled").
 */
const VERBAL_ATTACK = String.raw`(?:launch|issu|deliver|unleash|mount|direct|level)\w*\s+(?:(?:an?|its|his|her|their|the)\s+)?(?:(?:(?:\w+ly\s+)?(?:scathing|blistering|stinging|fierce|furious|sharp|withering|bitter|harsh|veiled|verbal|rhetorical|angry|personal|stern|public|rare|unusual|direct|strong)\s+){1,2}attack\s+(?:on|against)|(?:[\w-]+\s+){0,2}?(?:broadside|tirade|diatribe|rebuke|reprimand|salvo)\s+(?:on|against|at|to))`;

/**
 * "revoked the visas of four Russian diplomats", "closed its airspace to Belarusian airlines": a
 * right of entry withdrawn from a party's people or carriers.
 */
const ENTRY_DENIED = String.raw`revok(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:visas?|accreditations?|credentials|residence\s+permits|landing\s+rights|overflight\s+rights)\s+(?:of|for|held\s+by|granted\s+to)|clos(?:e|es|ed|ing)\s+(?:its|their)\s+(?:airspace|ports|harbou?rs|waters|territorial\s+waters)\s+to`;

/** "added its voice to the criticism of the survey": joining others' stance against a thing. */
const ADDED_VOICE = String.raw`add(?:s|ed|ing)?\s+(?:its|their|his|her|our)\s+voices?\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:criticism|condemnation|opposition|objections|protests|chorus\s+of\s+(?:criticism|condemnation))\s+(?:of|to|against|over)`;

/** The idioms, one alternation for the family. */
export const IDIOM_VERBS = [
  FINGER,
  CALLED_OUT,
  REPRISAL,
  THREATENED_MEASURE,
  VOICED_NOUN,
  OBJECTIONS_TO,
  MADE_TO_GO,
  ORDERED_OUT,
  CRITIC_OF,
  VERBAL_ATTACK,
  ENTRY_DENIED,
  ADDED_VOICE,
].join("|");

/** Words every idiom holds, at a word's start. */
export const IDIOM_HINT = String.raw`add\w*\s+(?:its|their|his|her|our)\s+voice|finger|threaten|revok|clos\w*\s+(?:its|their)\s+(?:airspace|ports|harbou?rs|waters|territorial)|attack|broadside|tirade|diatribe|rebuke|reprimand|salvo|call\w*\s+out|countermeasure|counter-measure|retaliat|reprisal|reciprocal|condemnation|rejection|regret|disappointment|objection|withdrawal|departure|expulsion|removal|pull-?out|order(?:s|ed|ing)\s|critic|opponent|detractor|led\s+(?:the\s+)?(?:opposition|resistance|campaign|charge)`;

/** Words every TRADE_HALT holds, for the sentence's first test (the family's hint has its verbs). */
export const TRADE_HALT_HINT = String.raw`(?:halt|stop)\w*\s(?:\S+\s){0,3}?(?:trade|imports|exports|shipments|sales|deliveries)\s`;
