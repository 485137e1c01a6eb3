import type { Actor } from "../resolve/actor.ts";
import { isTitlePrefix, titledPerson } from "./opposition-title.ts";
import { EVENT_VERBS } from "./opposition-previous-doer.ts";

/**
 * Nouns for something a party does or says, whose doer English may name after "by": "a call by
 * the governor to…", "the decision by Ankara", "repeated incursions by Chinese vessels".
 */
const DONE = String.raw`calls?|decisions?|proposals?|plans?|initiatives?|schemes?|ideas?|suggestions?|moves?|bids?|attempts?|efforts?|push|requests?|demands?|remarks|comments|statements?|announcements?|attacks?|strikes?|raids?|incursions?|actions|activities|threats|accusations|claims`;

/** "a call by", "the latest decision by the": the act, its modifiers and "by" up to the doer. */
const DONE_BY = new RegExp(String.raw`^(?:[\w-]+\s+){0,3}?(?:${DONE})\s+by\s+(?:the\s+)?`, "i");

/**
 * "the detention of two journalists by Belarus", "the use of the Baltic Sea by Russia's shadow
 * fleet": a doing told by a noun, its object after "of", then its doer after "by".
 */
const DONE_OF_BY = new RegExp(
  String.raw`^(?:[\w-]+\s+){0,2}?(?:${[...EVENT_VERBS.keys()].join("|")}|use|violation|occupation|entry|treatment|harassment|persecution|bombing|shelling|killing)s?\s+of\s+(?:[\w'’.-]+\s+){1,6}?by\s+(?:the\s+)?`,
  "i",
);

/**
 * "rejected a call by Regional President Ana Ruiz to hold a referendum", "condemned the decision
 * by the junta to expel…": what the words tell of is the doing of the party named after "by",
 * and opposing it is opposing that party (a person behind their title, too).
 */
export function agentAfterBy(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  if (!phrase.includes(" by ")) return undefined;
  const by = DONE_BY.exec(phrase) ?? DONE_OF_BY.exec(phrase);
  if (by === null) return undefined;
  const at = phraseStart + by[0].length;
  const doer = actors.find(
    (a) =>
      // "by Russia's shadow fleet": the state whose ships or forces did it.
      (!a.possessive || (a.label === "Country" && by[0].includes(" of "))) &&
      // "by both sides": a party only referred to names no doer here.
      (a.via === "name" || a.via === "country" || a.via === "org" || !by[0].includes(" of ")) &&
      (a.start === at ||
        (a.label === "Person" &&
          a.start > at &&
          a.start - at < 60 &&
          isTitlePrefix(text.slice(at - start, a.start - start)))),
  );
  // "a call by Argentine President Javier Milei": the demonym describes the person titled after it.
  if (doer === undefined) return undefined;
  return doer.possessive ? { ...doer, possessive: false } : titledPerson(text, start, doer, actors);
}
