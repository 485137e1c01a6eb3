import { REPORTING_VERBS } from "./meeting-reporter.ts";

/**
 * "X told his guest that …": a reporting verb, at most its object, and its "that", which opens
 * what was told ("said he had not raised the price that…" is a relative "that").
 */
export const REPORTED_THAT = new RegExp(
  String.raw`^.*\b(?:${REPORTING_VERBS}|warned|insisted|argued|stressed)\s+(?:[\w'’-]+\s+){0,3}?that\s+`,
  "i",
);

/**
 * "Seychelles would not revive the 2018 agreement": a modal or "to" and its verb before the object
 * that a following apposition (", a project he opposed") renames.
 */
export const VERB_BEFORE_OBJECT =
  /^.*\b(?:would|will|could|should|must|can|may|might|did|does|do|to)\s+(?:not\s+|never\s+)?[a-z]+\s+(?=(?:the|a|an|its|their|his|her)\s)/i;

/**
 * "…approved a dam project Kast campaigned against", "…the levy the union had long objected to":
 * a noun phrase right before the holder of a stance whose verb has no object after it is what a
 * relative clause without "that" describes — the thing opposed. `before` is the text up to the
 * holder; the noun phrase must open with an article or a demonstrative and follow a verb or a
 * preposition's object (not a subject: "In the end Kast…" has no verb before it).
 */
const ZERO_RELATIVE =
  /\b[a-z]+(?:ed|s)\s+((?:a|an|the|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+$/;

/** "charge", "accusation": nouns for a charge, whose turning away is a denial, not a stance. */
export const CHARGE_NOUNS = "charge|accusation|allegation|claim|assertion";

const CHARGE_NOUN = new RegExp(String.raw`\b(?:${CHARGE_NOUNS})s?$`, "i");

/** The noun phrase a relative clause without "that" describes, ending `before`. */
export function zeroRelativeHead(before: string): string | undefined {
  const m = ZERO_RELATIVE.exec(before);
  // "the accusation Kast rejected": turning away a charge is a denial, not a stance.
  if (m === null || CHARGE_NOUN.test(m[1]!)) return undefined;
  return m[1]!.replace(/^(?:a|an|the|this|that|these|those)\s+/i, "");
}
