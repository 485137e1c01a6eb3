/**
 * More of the harm a speaker says a thing does, which is a verdict against it (the group "harm" of
 * SAID_VERDICT in opposition-verbs.ts): "warned that the pipeline would devastate the reef", "said
 * the subsidy cut would push millions into poverty", "warned the deal would fuel looting", "said
 * the law would open the door to abuses". A verb that harms anything stands alone; one that only
 * harms when its object is an evil ("fuel", "deepen") names the evil.
 */

/** What a thing may fuel, deepen or worsen and be judged for it. */
const EVILS = String.raw`(?:the\s+|further\s+|more\s+|an?\s+)?(?:\w+\s+)?(?:conflict|violence|tensions?|looting|corruption|instability|unrest|war|hatred|extremism|poverty|hunger|inequality|divisions?|suffering|crisis|insecurity|impunity|abuses?|repression|displacement|deforestation|pollution|smuggling|trafficking|exploitation|plunder|debt)\b`;

/** Verbs that harm whatever they fall on. */
const HARMS = String.raw`devastat(?:e|es|ed|ing)|crippl(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|decimat(?:e|es|ed|ing)|gut(?:s|ted|ting)?|impoverish(?:es|ed|ing)?|poison(?:s|ed|ing)?|pollut(?:e|es|ed|ing)|wip(?:e|es|ed|ing)\s+out|kill(?:s|ed|ing)?\s+(?:off\s+)?(?:jobs|thousands|livelihoods|industr(?:y|ies)|the\s+\w+\s+industry)`;

/** Verbs that harm only when what they bring about is an evil. */
const BRINGS_EVIL = String.raw`(?:fuel(?:s|l?ed|l?ing)?|deepen(?:s|ed|ing)?|worsen(?:s|ed|ing)?|aggravat(?:e|es|ed|ing)|exacerbat(?:e|es|ed|ing)|entrench(?:es|ed|ing)?|legitimi[sz](?:e|es|ed|ing)|reward(?:s|ed|ing)?|open(?:s|ed|ing)?\s+the\s+door\s+to|pav(?:e|es|ed|ing)\s+the\s+way\s+for)(?=\s+${EVILS})|push(?:es|ed|ing)?(?=\s+(?:[\w-]+\s+){1,3}?into\s+(?:poverty|hunger|debt|destitution|unemployment)\b)`;

/** The words, as one alternation to go among HARM's verbs. */
export const MORE_HARM = `${HARMS}|${BRINGS_EVIL}`;

/**
 * Works and grants a verdict may be passed on as acts of those who build or grant them: "the
 * pipeline", "the dam", "the licence granted to…" (see JUDGEABLE in opposition-valence.ts).
 */
export const WORKS = String.raw`pipeline|dam|mine|railway|road|bridge|port|terminal|plant|refinery|corridor|canal|wall|fence|base|reactor|licen[cs]e|concession|permit|contract|privati[sz]ation|merger|takeover|subsid(?:y|ie)|quota|route`;
