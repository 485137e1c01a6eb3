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
 * What a court says that is a legal finding: "amounted to collective punishment", "was unlawful",
 * "violated the constitution", "it rejected the appeal" — not a stance any body may voice ("the
 * sanctions were an attack on international justice").
 */
const LEGAL_FINDING =
  /\b(?:amount(?:s|ed|ing)?\s+to|constitut(?:e|es|ed)\b|(?:un)?lawful|illegal|unconstitutional|invalid|null\s+and\s+void|inadmissible|without\s+merit|in\s+breach\s+of|breach(?:es|ed)?\b|violat|contraven|(?:lacked|had\s+no)\s+jurisdiction)|^\s*(?:that\s+)?it\s+(?:had\s+|has\s+)?(?:reject|dismiss|overturn|quash|upheld|annul|struck|found|ruled|ordered)/i;

/** Whether a court's verb, with what it says when it is one of saying, rules. */
function rules(verb: string): boolean {
  const said = SAID_COMPLEMENT.exec(verb);
  return said === null ? RULING.test(verb) : LEGAL_FINDING.test(said[1] ?? "");
}

/** A court of auditors: what it criticises is an audit's finding, whatever its verb. */
const AUDITORS = /(?:^|-)auditors(?:-|$)/;

/**
 * Whether a stance is a court's ruling: what a court rejects, dismisses or finds unlawful is
 * ruled, not opposed ("the Supreme Court dismissed his party's challenge", "the court rejected
 * the defence's objections", "said withholding them amounted to collective punishment"); the
 * parties who take its ruling up hold the stances. What a court condemns, criticises or says
 * outside a ruling ("the tribunal condemned the sanctions on its judges", "said the sanctions were
 * an attack on international justice") is its stance like any body's.
 */
export function heldByCourt(holder: Actor, verb: string): boolean {
  return (
    holder.label === "Organization" &&
    COURT.test(holder.key.slice("org:".length)) &&
    (rules(verb) || AUDITORS.test(holder.key))
  );
}
