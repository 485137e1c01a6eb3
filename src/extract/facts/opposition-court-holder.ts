import type { Actor } from "../resolve/actor.ts";

/** A court or tribunal by its name: "the Supreme Court", "the Court of Cassation". */
const COURT = /(?:^|-)(?:court|courts|tribunal)(?:-|$)/;

/**
 * A verb a court rules with: "rejected", "dismissed", "overturned", "struck down", "quashed",
 * "upheld", "ruled", "found", "blocked"… Not one a court speaks with like any body ("condemned",
 * "criticised", "denounced"), nor one of saying (SAID_COMPLEMENT decides those).
 */
const RULING =
  /\b(?:reject|dismiss|overturn|overrul|struck|strik|rul(?:e|ed|es|ing)\b|quash|upheld|uphold|annul|invalidat|void|threw|throw|toss|set\s+aside|block|bar(?:s|red|ring)?\b|suspend|halt|ban(?:s|ned|ning)?\b|found|find|declar|order|convict|sentenc|disqualif|refus|den(?:y|ied|ies))/i;

/** "said withholding them…", "stated that…": a verb of saying and what it says. */
const SAID_COMPLEMENT =
  /^\W*(?:(?:has|had|also)\s+)*(?:said|says|stated|states|added|wrote|writes)\b(.*)$/is;

/**
 * What a court says about itself: "an assault on its work", "an attack on its judges", "a threat
 * to international justice". Only that is its stance like any body's; anything else it says of
 * a party ("was discriminatory", "was arbitrary and must be repealed") is a finding.
 */
const ABOUT_ITSELF =
  /\b(?:its|our|the\s+court['’]s|the\s+tribunal['’]s)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:judges?|work|staff|officials|prosecutors?|registrar|independence|mandate|personnel|members|president)\b|\binternational\s+justice\b|\bjudicial\s+independence\b|\bindependence\s+of\s+the\s+(?:court|tribunal|judiciary)\b/iu;

/** Whether a court's verb, with what it says when it is one of saying (`rest`), rules. */
function rules(verb: string, rest: string): boolean {
  return SAID_COMPLEMENT.test(verb) ? !ABOUT_ITSELF.test(rest) : RULING.test(verb);
}

/** A court of auditors: what it criticises is an audit's finding, whatever its verb. */
const AUDITORS = /(?:^|-)auditors(?:-|$)/;

/**
 * Whether a stance is a court's ruling: what a court rejects, dismisses or finds unlawful is
 * ruled, not opposed ("the Supreme Court dismissed his party's challenge", "the court rejected
 * the defence's objections", "said withholding them amounted to collective punishment", "said
 * the levy was discriminatory"); the parties who take its ruling up hold the stances. What a
 * court condemns or criticises, or says about itself ("the tribunal condemned the sanctions on its
 * judges", "said the sanctions were an attack on international justice"), is its stance like any
 * body's. `rest` is the sentence from the verb on.
 */
export function heldByCourt(holder: Actor, verb: string, rest: string): boolean {
  return (
    holder.label === "Organization" &&
    COURT.test(holder.key.slice("org:".length)) &&
    (rules(verb, rest) || AUDITORS.test(holder.key))
  );
}
