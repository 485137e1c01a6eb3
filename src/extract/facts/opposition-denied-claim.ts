/**
 * A word for what someone said of a party: "that description", "the claims", "Japan's
 * characterisation", "comparisons with…", "the story", "talk of a rift". Turning one away is a
 * denial of what was said, not a stance against anyone (test/fixtures/README.md). Not "the
 * remarks", "the statement", "the criticism" or "the objections", whose rebuttal is read as a
 * stance against the one who made them, nor "suggestions", which may be proposals ("rejected
 * suggestions that Canada become a state").
 */
const SAID_OF =
  /^(?:(?:that|this|the|these|those|such|all|any)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:latest|new|same|whole|recent|\w+ly)\s+)?(?:descriptions?|characteri[sz]ations?|claims?|accusations?|allegations?|charges?|comparisons?|stor(?:y|ies)|reports?|talk|assertions?|arguments?|depictions?|portrayals?)\b/iu;

/**
 * Verbs that turn a saying away: "rejected", "dismissed", "denied", "refuted", "rebutted",
 * "rebuffed", "brushed aside". The one test of a denial's verb, for a saying, a claim or charge
 * as a stance's target (find-oppositions), another's charge (opposition-accusation-noun) and
 * reports turned away (opposition-reported).
 */
const TURNED_AWAY = /^(?:reject|dismiss|refut|rebu[ft]|den(?:y|i(?:es|ed|al))|brush)/i;

/** Whether a stance's verb (as matched, from its start) turns away what it takes. */
export function turnsAway(verb: string): boolean {
  return TURNED_AWAY.test(verb);
}

/** "He denied reports that…, calling the claims…": a denial told before in the sentence. */
const DENIED_BEFORE = /\bden(?:y|ies|ied|ying)\b/i;

/**
 * Whether a stance turns away what someone said rather than opposing anyone: its words (`what`,
 * as stated) name a saying and its verb rejects it, or the sentence has denied it before
 * (`before`: gives the sentence up to the stance's words, called only when needed).
 */
export function deniesSaying(verb: string, what: string, before: () => string): boolean {
  return SAID_OF.test(what) && (turnsAway(verb) || DENIED_BEFORE.test(before()));
}
