import type { Actor } from "../resolve/actor.ts";
import { previousTarget, type OppositionMemory } from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";

/**
 * "him" or "her" as an object: a preposition, an "as", an adverb or a stop follows ("her" before
 * a noun owns it: "her government").
 */
const PERSON_OBJECT =
  /^\s+(?:him\b|her(?=\s*(?:[,.;:]|$|\s+(?:of|for|over|as|after|on|in|at|with|outright|again|too|publicly|sharply|strongly|repeatedly|harshly|bitterly|openly)\b)))/i;
/** "it" or "them" as an object, not the subject of a clause that follows ("warned it would…"). */
const THING_OBJECT =
  /^\s+(?:it|them)(?=\s*(?:[,.;:]|$|\s+(?:of|for|over|as|after|on|in|at|with|outright|again|too|publicly|sharply|\w+ly)\b))/i;

/** The words after a determiner that name a state's organ or officer, not a thing. */
const NOT_A_THING = String.raw`(?!(?:government|ministry|foreign|authorities|administration|embassy|office|spokes\w*|presidency|leadership|delegation|prime|president|also)\b)`;

/** "the text", "53 strikes": a thing "it" or "them" may stand for, not a state's organ. */
const THING = new RegExp(
  String.raw`\b(?:the|a|an|this|these|those|\d[\d,.]*)\s+${NOT_A_THING}[a-z]`,
  "i",
);

/**
 * "released its report on Monday": the sentence before told of a thing done, which a later "it"
 * or "them" stands for sooner than the party that did it.
 */
const TOLD_THING = new RegExp(
  String.raw`\b(?:the|a|an|its|their|his|her|this|these|those|\d[\d,.]*)\s+${NOT_A_THING}[a-z]`,
  "i",
);

/**
 * "Hamid Rasaee, a conservative member of parliament, denounced it": an aside describing a party
 * is the party's, not a thing a later "it" could stand for, though it name a party of its own
 * ("The Alliance for the Republic, the party of former president Macky Sall, criticised it").
 */
const PARTY_ASIDE = /#,\s+(?:a|an|the)\s+[^,]{1,80},/g;

/**
 * "At home, the agreement was attacked by hardliners.", "The loan has not been universally
 * welcomed.": a thing the sentence before opens with,
 * before its verb, past a fronted phrase set off by a comma.
 */
const THING_SUBJECT = new RegExp(
  String.raw`^(?:[^,]{1,40},\s+)?(?:the|this|that|these|those)\s+${NOT_A_THING}((?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\s+(?:(?:also|was|were|is|are|has|have|had)\s+(?:not\s+)?(?:been\s+)?)?(?:\w+ly\s+)?[a-z]+ed\b`,
  "i",
);

/** The thing the sentence before opens with, if it opens with one: "the agreement". */
function thingSubjectBefore(memory: OppositionMemory): OppositionTarget | undefined {
  const before = memory.texts.at(-2);
  const thing = before === undefined ? undefined : THING_SUBJECT.exec(before)?.[1];
  return thing === undefined ? undefined : issueTarget(thing);
}

/** Whether a person was last named in the sentence before this one, which starts at `start`. */
function namedJustBefore(person: Actor, start: number, memory: OppositionMemory): boolean {
  const before = memory.texts.at(-2);
  return before !== undefined && person.start >= start - before.length - 4;
}

/**
 * "said the text was unacceptable and would work to block it", "said it had recorded 53 strikes
 * and condemned them": the sentence itself names what the pronoun stands for. Parties are masked.
 */
function namesThingBefore(
  text: string,
  start: number,
  end: number,
  parties: readonly Actor[],
): boolean {
  let before = text.slice(0, end - start);
  for (const a of parties)
    if (a.end <= end)
      before =
        before.slice(0, a.start - start) +
        "#".repeat(a.end - a.start) +
        before.slice(a.end - start);
  return THING.test(before.includes("#,") ? before.replace(PARTY_ASIDE, "#") : before);
}

/**
 * The party an object pronoun right after a stance verb stands for. "said Correia e Silva had come
 * away empty-handed and accused him of…": "him" or "her" is the last other person named, in the
 * sentence or the one right before it ("President Duarte spoke on Sunday. Chile rebuked her.").
 * "Argentina condemned the decree. Chile also condemned it.": "it" or "them" is what the stance of
 * the sentence before was against, else the state or body that sentence opened with ("Peru met
 * Chile's envoy on Sunday. Bolivia condemned it.") — but not when that sentence told of a thing
 * done ("Norway released its report. Chile rejected it.": the report, which is no party).
 */
export function objectPronounTarget(
  text: string,
  start: number,
  end: number,
  parties: readonly Actor[],
  holders: readonly Actor[],
  memory: OppositionMemory,
): OppositionTarget | undefined {
  const after = text.slice(end - start, end - start + 40);
  const other = (a: Actor): boolean => !holders.some((h) => h.key === a.key);
  if (PERSON_OBJECT.test(after)) {
    const person =
      parties.filter((a) => a.label === "Person" && a.end <= end && other(a)).at(-1) ??
      memory.people.find((p) => other(p) && namedJustBefore(p, start, memory));
    return person === undefined ? undefined : { actor: person };
  }
  if (!THING_OBJECT.test(after) || namesThingBefore(text, start, end, parties)) return undefined;
  const told = previousTarget(memory);
  if (told !== undefined) return "actor" in told && !other(told.actor) ? undefined : told;
  const subject = memory.lastSubject;
  if (subject === undefined) return thingSubjectBefore(memory);
  if (TOLD_THING.test(memory.lastPredicate)) return undefined;
  return subject !== undefined &&
    subject.label !== "Person" &&
    !subject.possessive &&
    other(subject)
    ? { actor: subject }
    : undefined;
}
