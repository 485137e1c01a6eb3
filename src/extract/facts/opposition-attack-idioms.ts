/**
 * Attacks told by a phrasal verb or an idiom of English rather than by a stance verb, read like an
 * active verb whose object is the one attacked (see opposition-verbs.ts, whose families this is
 * one of): "the senator tore into the budget", "took a swipe at Lisbon", "had harsh words for the
 * regulator", "pushed back on the proposal", "savaged the plan", "vowed to fight the reform".
 */

/**
 * A missile, a storm or a vehicle "tears into" or "rips into" a place: no speaker attacks there.
 */
const NOT_A_THING = String.raw`(?<!\b(?:missiles?|drones?|shells?|rockets?|bombs?|bullets?|shrapnel|fire|flames|blaze|water|floods?|storms?|winds?|waves?|trucks?|cars?|vehicles?|trains?|ships?|boats?|teeth|claws?)\s+(?:\w+\s+)?)`;

/** "tore into", "has laid into", "ripping into": a harsh verbal attack. */
const INTO = String.raw`${NOT_A_THING}(?:t(?:ore|orn|ear|ears|earing)|l(?:aid|ays|aying)|r(?:ipped|ips?|ipping))\s+into`;

/** "took a swipe at", "taking potshots at", "took a dig at" ("took aim at" is a plain verb). */
const SWIPE = String.raw`t(?:ook|aken|akes?|aking)\s+(?:a\s+)?(?:(?:\w+\s+)?(?:swipes?|potshots?|pot-shots?|digs?|jabs?))\s+at`;

/**
 * "took the central bank to task over the backlog", "has taken Lisbon to task": a reproach whose
 * object stands between the verb and "to task". The verb alone is the match; its object follows.
 * "to task" is no idiom as the head of a compound ("took its complaint to task force officials")
 * nor as a verb with an object ("took steps to task the army with…").
 */
const TO_TASK = String.raw`t(?:ook|aken|akes?|aking)(?=\s+(?:[\w'’.-]+\s+){1,6}?to\s+task\b(?![\s-]+(?:(?:force|team|group|unit|list|bar|manager|master)s?|the|a|an|its|their|his|her|our|them|him|it|us|me)\b))`;

/** "had harsh words for Pakistan", "reserved its sharpest words for the Fund". */
const HARSH_WORDS = String.raw`(?:ha(?:d|s|ve|ving)|reserv(?:ed|es|e|ing))\s+(?:(?:its|his|her|their|some)\s+)?(?:\w+ly\s+)?(?:harsh|harshest|strong|strongest|stinging|scathing|sharp|sharpest|tough|toughest|stern|bitter|angry|choice|blunt)\s+words\s+for`;

/**
 * "pushed back on the plan", "pushes back at Washington": resisting a claim or a measure; not
 * "pushed back the deadline" (delayed) nor "pushed back on Monday" (a time).
 */
const PUSH_BACK = String.raw`push(?:es|ed|ing)?\s+back\s+(?:on|at)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:day|weekend)\b))`;

/** "savaged the budget", "pilloried the minister", "skewered the plan": a verb of harsh censure. */
const SAVAGED = String.raw`savag(?:e|es|ed|ing)|pillor(?:y|ies|ied|ying)|skewer(?:s|ed|ing)?|eviscerat(?:e|es|ed|ing)`;

/**
 * What one vows to fight is opposed only when it is a policy, a text or a decision: "vowed to fight
 * the pension reform", not "vowed to fight corruption", "fight the fires", "fight for the deal" or
 * "resist calls to drop the reform".
 */
const POLICY = String.raw`(?=\s+(?:(?:the|a|an|its|their|his|her|this|these|that|those|any)\s+)?(?:(?!(?:for|to|against|with|on|alongside|pressure|calls)\b)[\w'’.-]+\s+){0,3}?(?:agreement|deal|law|bill|sanctions|policy|policies|decision|plan|proposal|reform|reforms|budget|treaty|pact|ruling|measures?|move|programme|program|restrictions|tariffs|accord|tax|taxes|levy|quotas|ban|embargo|decree|order|project|scheme|privatisation|privatization|cuts|merger|concession|licen[cs]e|referendum|amendment|corridor)\b)`;

/**
 * "vowed to fight the reform to the end", "will resist the plan", "pledged to overturn the law",
 * "threatened to torpedo the deal": resistance promised against a policy.
 */
const FIGHT = String.raw`(?<=\b(?:to|will|would|shall|must)\s+(?:\w+ly\s+|also\s+|continue\s+to\s+|keep\s+)?)(?:fight|resist|overturn|derail|torpedo|scupper|defeat)${POLICY}`;

/** "is dead set against the plan", "were up in arms over the levy": a state of opposition. */
const SET_AGAINST = String.raw`(?:is|are|was|were|remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:\w+ly\s+|still\s+|now\s+)?(?:dead\s+set\s+against|up\s+in\s+arms\s+(?:over|about|at|against))`;

/** The family's verbs, as one alternation. */
export const ATTACK_IDIOM_VERBS = [
  INTO,
  SWIPE,
  TO_TASK,
  HARSH_WORDS,
  PUSH_BACK,
  SAVAGED,
  FIGHT,
  SET_AGAINST,
].join("|");

/** A word every match of the family has, at a word's start. */
export const ATTACK_IDIOM_HINT = String.raw`(?:tor|tear|laid|lay|rip)\w*\s+into\b|swipe|potshot|pot-shot|digs?\b|jabs?\b|words\s+for|push\w*\s+back|savag|pillor|skewer|eviscerat|(?:to|will|would|shall|must)\s+(?:\S+\s+){0,2}?(?:fight|resist|overturn|derail|torpedo|scupper|defeat)|dead\s+set|in\s+arms|to\s+task`;

/** Words for HINTS.active, tested at every word of every sentence: short and plain. */
export const ATTACK_IDIOM_WORDS = String.raw`(?:tor[en]|tear\w*|laid|lay\w*|rip\w*)\s+into|swipe|potshot|pot-shot|digs?\b|jabs?\b|words\s+for|savag|pillor|skewer|eviscerat|fight|resist|overturn|derail|torpedo|scupper|defeat|dead\s+set|in\s+arms|to\s+task`;
