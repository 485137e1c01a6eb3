import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import { frontedSubject } from "./opposition-fronted.ts";
import { stances } from "./opposition-stances.ts";
import { targetOf } from "./opposition-target.ts";

/**
 * "in a rebuke to Ankara", "in a thinly veiled swipe at Beijing", "in protest at the arrests": a
 * prepositional phrase that tells what the clause's act is aimed against.
 */
const REBUKE_PHRASE = String.raw`(?:in|as)\s+(?:an?|what\s+(?:was|is)\s+(?:seen|read|widely\s+seen)\s+as\s+an?)\s+(?:[\w-]+\s+){0,2}?(?:rebuke|snub|swipe|jab|dig|rebuff|affront|reprimand|slap\s+in\s+the\s+face|challenge)\s+(?:to|at|against)\s+`;

/** "In protest at the arrests,": a protest phrase, read only where it opens the sentence. */
const PROTEST_PHRASE = String.raw`in\s+protest\s+(?:at|against|over)\s+`;

/** The phrase opening the sentence: the main clause's subject, after the comma, is the holder. */
const FRONTED = new RegExp(String.raw`^(?:${REBUKE_PHRASE}|${PROTEST_PHRASE})`, "i");

/**
 * The phrase after a comma: the clause before it has the holder as its subject. A protest phrase
 * there ("recalled its ambassador, Dana Lev, in protest at…") is read by the frame of its verb.
 */
const TRAILING = new RegExp(String.raw`(?<=,\s*)${REBUKE_PHRASE}`, "gi");

/**
 * "withdrew from the forum in protest at the remarks": a protest phrase inside the clause, not set
 * off by a comma (an aside there may be an envoy's name: "recalled its envoy, Dana Lev, in…").
 */
const INNER_PROTEST = /(?<![,;]\s*)\bin\s+protest\s+(?:at|against|over)\s+/gi;

/** What may stand before a clause's subject: titles and names in capitals, "the", punctuation. */
const OPENS_CLAUSE = /^(?:[\s;"“]|the\s|\p{Lu}[\p{L}'’.-]*\s)*$/u;

/** "…, the cooperative that marched …": the relative pronoun last before the phrase. */
const RELATIVE = /\b(?:that|which|who)\s+(?:[^,;]*)$/i;

/**
 * The subject of a relative clause holding the phrase: the party right before its pronoun, or
 * none (null) when another noun stands there ("a member of the union that marched…").
 */
function relativeSubject(
  text: string,
  start: number,
  index: number,
  parties: readonly Actor[],
): Actor | null | undefined {
  const relative = RELATIVE.exec(text.slice(0, index));
  if (relative === null) return undefined;
  const before = text.slice(0, relative.index).replace(/[\s,]+$/, "").length + start;
  return parties.find((a) => a.end === before && !a.possessive) ?? null;
}

/** Cheap test: the words every phrase holds. */
export const REBUKE_PHRASE_HINT =
  /\b(?:rebuke|snub|swipe|jab|dig|rebuff|affront|reprimand|slap|challenge|protest)\s+(?:to|at|against|over|in)\b/i;

/**
 * "In a rebuke to Washington, India bought more Russian oil", "Kenya recalled its envoy, in a
 * pointed snub to Kampala": the clause's subject stands against what the phrase names. The target
 * runs to the comma that closes the phrase.
 */
export function rebukePhrases(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  const out: OppositionMention[] = [];
  const fronted = FRONTED.exec(text);
  if (fronted !== null) {
    const comma = text.indexOf(",", fronted[0].length);
    const target =
      comma < 0
        ? undefined
        : targetOf(
            text.slice(0, comma),
            start,
            start + fronted[0].length,
            parties.filter((a) => a.end <= start + comma),
          );
    // The phrase is blanked so that "was" in "what was seen as a snub" is not read as a clause.
    const main = `${text.slice(0, comma).replace(/\S/g, " ")}${text.slice(comma)}`;
    if (target !== undefined)
      out.push(...stances(frontedSubject(main, start, parties), target, fronted[0], start));
  }
  for (const m of text.matchAll(INNER_PROTEST)) {
    const at = start + m.index;
    // The clause's subject: the first party it names, before the phrase.
    const clause = Math.max(text.lastIndexOf(";", m.index), 0) + start;
    const subject =
      relativeSubject(text, start, m.index, parties) ??
      parties.find(
        (a) =>
          a.start >= clause &&
          a.end <= at &&
          !a.possessive &&
          !a.place &&
          OPENS_CLAUSE.test(text.slice(clause - start, a.start - start)),
      );
    const target = targetOf(text, start, at + m[0].length, parties);
    if (subject !== undefined && subject !== null && target !== undefined)
      out.push(...stances([subject], target, m[0], at));
  }
  return [
    ...out,
    ...byPattern(text, start, parties, TRAILING, (m) =>
      targetOf(text, start, start + m.index + m[0].length, parties),
    ),
  ];
}
