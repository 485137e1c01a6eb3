/**
 * More of the harm a speaker says a thing does, which is a verdict against it (the group "harm" of
 * SAID_VERDICT in opposition-verbs.ts): "warned that the pipeline would devastate the reef", "said
 * the subsidy cut would push millions into poverty", "warned the deal would fuel looting", "said
 * the law would open the door to abuses", "said the deal lacked safeguards". A verb that harms
 * anything stands alone; one that only harms when its object is an evil ("fuel", "deepen") names
 * the evil, and a lack names the good lacking.
 */

/** What a thing may fuel, deepen or worsen and be judged for it. */
const EVILS = String.raw`(?:the\s+|further\s+|more\s+|an?\s+)?(?:\w+\s+)?(?:conflict|violence|tensions?|looting|corruption|instability|unrest|war|hatred|extremism|poverty|hunger|inequality|divisions?|suffering|crisis|insecurity|impunity|abuses?|repression|displacement|deforestation|pollution|smuggling|trafficking|exploitation|plunder|debt)\b`;

/** Verbs that harm whatever they fall on. */
const HARMS = String.raw`devastat(?:e|es|ed|ing)|crippl(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|decimat(?:e|es|ed|ing)|gut(?:s|ted|ting)?|impoverish(?:es|ed|ing)?|poison(?:s|ed|ing)?|pollut(?:e|es|ed|ing)|wip(?:e|es|ed|ing)\s+out|kill(?:s|ed|ing)?\s+(?:off\s+)?(?:jobs|thousands|livelihoods|industr(?:y|ies)|the\s+\w+\s+industry)`;

/** Verbs that harm only when what they bring about is an evil. */
const BRINGS_EVIL = String.raw`(?:fuel(?:s|l?ed|l?ing)?|deepen(?:s|ed|ing)?|worsen(?:s|ed|ing)?|aggravat(?:e|es|ed|ing)|exacerbat(?:e|es|ed|ing)|entrench(?:es|ed|ing)?|legitimi[sz](?:e|es|ed|ing)|reward(?:s|ed|ing)?|open(?:s|ed|ing)?\s+the\s+door\s+to|pav(?:e|es|ed|ing)\s+the\s+way\s+for)(?=\s+${EVILS})|push(?:es|ed|ing)?(?=\s+(?:[\w-]+\s+){1,3}?into\s+(?:poverty|hunger|debt|destitution|unemployment)\b)`;

/** What a thing is faulted for lacking: protections, safeguards, a plan, money. */
const GOODS = String.raw`(?:(?:any|real|enforceable|meaningful|binding|credible|adequate|proper|clear|new|serious)\s+)*(?:[\w-]+\s+){0,2}?(?:protections?|safeguards?|guarantees?|transparency|details?|credibility|legitimacy|consultation|accountability|oversight|ambition|clarity|vision|substance|teeth|answers|solutions?|commitments?|funding|money|relief|help|support|mechanisms?|plan)\b`;

/** What a thing is faulted for failing to do: address, protect, tackle, help. */
const DUTIES = String.raw`(?:address|protect|tackle|help|curb|stop|ease|reduce|solve|fix|respect|reflect|consult|include|guarantee|ensure|deliver|meet)\b`;

/**
 * "said the deal contained 'no enforceable protections'", "said the plan lacked credibility",
 * "did nothing to protect farmers", "failed to address the concerns": a lack of something good.
 * Not "contained no new taxes", a reassurance (taxes are no good the text is faulted for lacking).
 */
const DEFICIENT = String.raw`(?:lack(?:s|ed|ing)?|(?:contain|offer|includ|provid)(?:s|es|ed|e)?\s+["“]?no)(?=\s+["“]?${GOODS})|d(?:id|oes|o)\s+(?:little\s+or\s+)?nothing\s+to(?=\s+${DUTIES})|fail(?:s|ed)?\s+to(?=\s+(?:\w+ly\s+)?${DUTIES})`;

/** The words, as one alternation to go among HARM's verbs. */
export const MORE_HARM = `${HARMS}|${BRINGS_EVIL}|${DEFICIENT}`;

/**
 * Works and grants a verdict may be passed on as acts of those who build or grant them: "the
 * pipeline", "the dam", "the licence granted to…" (see JUDGEABLE in opposition-valence.ts).
 */
export const WORKS = String.raw`pipeline|dam|mine|railway|road|bridge|port|terminal|plant|refinery|corridor|canal|wall|fence|base|reactor|licen[cs]e|concession|permit|contract|privati[sz]ation|merger|takeover|subsid(?:y|ie)|quota|route`;
