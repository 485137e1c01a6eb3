import type { Trigger } from "./meeting-triggers.ts";

/**
 * "After hosting Ruto on Monday, Macron said…", "Dining with Hassan in Paris, Ruto recalled…",
 * "Macron left after receiving Ruto": the participle of a meeting verb in a phrase of time or
 * manner, whose subject is the main clause's. Only there, not wherever "-ing" stands ("the summit
 * Kenya is hosting"): at the sentence's opening or after "after", "before", "while", "since",
 * "when", "on" or "upon".
 */
export const PARTICIPLE_TRIGGERS: readonly Trigger[] = [
  {
    re: /(?<=(?:^|\b(?:after|before|while|since|when|on|upon)\s+))(?:hosting|receiving|welcoming|greeting|phoning|telephoning|calling|joining|(?:sitting\s+down|conferring|huddling|dining|lunching|negotiating)\s+with)\b(?!\s+by\b)/giu,
    hint: /hosting|receiving|welcoming|greeting|phoning|calling|joining|sitting down|conferring|huddling|dining|lunching|negotiating/i,
    shape: "verb",
    type: (m) =>
      /phon|call/i.test(m[0]) ? "call" : /negotiat|confer/i.test(m[0]) ? "talks" : "meeting",
    direct: true,
  },
  {
    // "Lee followed up on Monday, receiving his counterpart, Kim, in Seoul": a participle of
    // hosting after a comma, whose subject is the main clause's. Only these four verbs: a comma's
    // "calling" or "joining" is seldom a meeting ("…, calling Ruto a liar", "…, joining Kenya").
    re: /(?<=,\s+)(?:hosting|receiving|welcoming|greeting)\b(?!\s+by\b)/giu,
    hint: /hosting|receiving|welcoming|greeting/i,
    shape: "verb",
    type: () => "meeting",
    direct: true,
  },
  {
    // "Received by Ortega at the Moncloa on Monday, Mejia pressed for…", "Having been welcomed
    // at the airport by Okello, Mwangi went into talks": a fronted passive participle, whose
    // agent is met by the main clause's subject after the comma.
    re: /^\W*(?:(?:after|upon)\s+being\s+|having\s+been\s+)?(?:received|welcomed|hosted|greeted|met)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,8}?by\b/giu,
    hint: /received|welcomed|hosted|greeted|met/i,
    shape: "fronted",
    type: () => "meeting",
  },
];

/** "after", "while", "upon", "having"… right before a participle: its subject is the main clause's. */
const OPENER = /\b(?:after|before|while|since|when|on|upon|and\s+then|having)\s+$/i;

/** The participles of hosting read after a comma, and the comma before them. */
const HOSTING = /^(?:hosting|receiving|welcoming|greeting)$/i;
const COMMA_BEFORE = /,\s+$/;

/** A finite verb or auxiliary: "Meeting Ruto is important" is a gerund subject, not a phrase. */
const FINITE =
  /\b(?:is|was|are|were|will|would|could|can|may|might|should|must|has|have|had|does|did|remains?|seems?)\b/i;

/**
 * Where a participle phrase opens before the trigger at `at` (ending at `end`) in a sentence's
 * `text`: after "after", "while"… ("…, after meeting Merz"), or at the sentence's opening when the
 * trigger is a participle and its phrase ends at a comma with no verb of its own ("Meeting Merz in
 * Paris on Monday, Macron said…"). Null when it stands in no such phrase.
 */
export function participleOpening(text: string, at: number, end: number): { index: number } | null {
  const opener = OPENER.exec(text.slice(0, at));
  if (opener !== null) return opener;
  // "…, receiving Kim in Seoul": a participle after a comma (HOSTING's verbs); one opening the
  // sentence ("Hosting Kim in Seoul, Lee said…") is read as any other below.
  const after = HOSTING.test(text.slice(at, end)) ? COMMA_BEFORE.exec(text.slice(0, at)) : null;
  if (after !== null) return after;
  if (at !== 0 || !/ing\b/i.test(text.slice(at, end).split(/\s/)[0] ?? "")) return null;
  const comma = text.indexOf(",", end);
  return comma < 0 || FINITE.test(text.slice(end, comma)) ? null : { index: 0 };
}
