import { ENVOY } from "./opposition-verbs.ts";

/**
 * A verb that calls a foreign envoy in, its object (the envoy, with their state and name), then
 * an infinitive of purpose right up to the stance's verb: "summoned the EU ambassador, Pawel
 * Nowak, to protest against", "called in the French envoy to complain about".
 */
const SUMMONED_TO = new RegExp(
  String.raw`\b(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+in)\s+(?:[^\s.;:!?]+\s+){0,4}?${ENVOY}(?:\s*,\s*[^,;.]{1,60},)?\s+to\s+(?:\w+ly\s+)?$`,
  "i",
);

/**
 * Where the verb that called an envoy in starts, when the stance's verb at `at` is the purpose it
 * was called in for; undefined otherwise. "The ministry summoned the French ambassador, Christophe
 * Lemoine, to protest against the visa rules": the one who summons protests, never the envoy
 * summoned nor the envoy's state, who stand after the verb as its object.
 */
export function summonedForPurpose(text: string, start: number, at: number): number | undefined {
  const m = SUMMONED_TO.exec(text.slice(0, at - start));
  return m === null ? undefined : start + m.index;
}
