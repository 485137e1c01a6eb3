import type { Actor } from "../resolve/actor.ts";

/** A court or tribunal by its name: "the Supreme Court", "the Court of Cassation". */
const COURT = /(?:^|-)(?:court|courts|tribunal)(?:-|$)/;

/**
 * A verb a court rules with: "rejected", "dismissed", "overturned", "struck down", "quashed",
 * "upheld", "ruled", "found", "blocked", and what it says in a ruling ("said withholding them
 * amounted to collective punishment")… Not one a court speaks with like any body ("condemned",
 * "criticised", "denounced").
 */
const RULING =
  /\b(?:reject|dismiss|overturn|overrul|struck|strik|rul(?:e|ed|es|ing)\b|quash|upheld|uphold|annul|invalidat|void|threw|throw|toss|set\s+aside|block|bar(?:s|red|ring)?\b|suspend|halt|ban(?:s|ned|ning)?\b|found|find|declar|order|convict|sentenc|disqualif|refus|den(?:y|ied|ies)|said|says|amount)/i;

/** A court of auditors: what it criticises is an audit's finding, whatever its verb. */
const AUDITORS = /(?:^|-)auditors(?:-|$)/;

/**
 * Whether a stance is a court's ruling: what a court rejects, dismisses or finds unlawful is
 * ruled, not opposed ("the Supreme Court dismissed his party's challenge", "the court rejected
 * the defence's objections"); the parties who take its ruling up hold the stances. What a court
 * condemns or criticises outside a ruling ("the tribunal condemned the sanctions on its judges")
 * is its stance like any body's.
 */
export function heldByCourt(holder: Actor, verb: string): boolean {
  return (
    holder.label === "Organization" &&
    COURT.test(holder.key.slice("org:".length)) &&
    (RULING.test(verb) || AUDITORS.test(holder.key))
  );
}
