import type { Actor } from "../resolve/actor.ts";

/**
 * "Cabello has warned that González will be arrested the moment he returns", "vowed that the
 * organisers would be prosecuted": a threat of punishment against someone is a stance against
 * them. The group is the one threatened.
 */
export const PUNISHMENT = new RegExp(
  String.raw`\b(?:warn(?:s|ed)?|vow(?:s|ed)?|threaten(?:s|ed)?|insist(?:s|ed)?|declar(?:es|ed)|said)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:will|would|is\s+to|are\s+to|must)\s+(?:\w+ly\s+)?be\s+(?:arrested|detained|jailed|imprisoned|prosecuted|punished|tried|expelled|deported|brought\s+to\s+justice)\b`,
  "gu",
);

/** Cheap test for PUNISHMENT. */
export const PUNISHMENT_HINT =
  /\bbe\s+(?:arrest|detain|jail|impris|prosecut|punish|tried|expel|deport|brought)/;

/** The party threatened: the one named where the pattern's group stands. */
export function threatened(
  m: RegExpExecArray,
  start: number,
  parties: readonly Actor[],
): Actor | undefined {
  const at = start + m.index + m[0].indexOf(m[1] ?? "", 4);
  return parties.find((a) => a.start === at && !a.possessive);
}
