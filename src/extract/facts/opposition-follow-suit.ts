import type { Actor } from "../resolve/actor.ts";
import { actorsBetween, rightClauseEnd } from "./clause.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { coordinated } from "./opposition-holder.ts";
import { previousTarget, type OppositionMemory } from "./opposition-memory.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { execAll } from "../text/exec-all.ts";
import { stances } from "./opposition-stances.ts";
import { gatedTest } from "../text/letter-gate.ts";

/** Cheap test: a word every frame of this module needs (not run where its letters are missing). */
const mayFollow = gatedTest(
  /suit|same|likewise|\btoo\b|echo|join|similar|voice|\b(?:as|so)\s+(?:too\s+)?(?:did|ha[sd]|have)\b|,\s+(?:a|the)\s+(?:\w+\s+)?(?:position|line|view|stance)\b/i,
);

/** What a stance is called when another party takes it up: "the criticism", "those concerns". */
const STANCE_NOUN = String.raw`(?:criticisms?|condemnations?|concerns?|protests?|objections?|warnings?|rejection|opposition|chorus\s+of\s+(?:criticism|condemnation|protest|disapproval))`;

/**
 * What "joined" takes up as a stance: "joined the criticism", but not "joined the opposition" (a
 * party) or "joined the protests" (a crowd).
 */
const JOINED_NOUN = String.raw`(?:criticisms?|condemnations?|concerns?|objections?|warnings?|rejection|chorus\s+of\s+(?:criticism|condemnation|protest|disapproval))`;

/**
 * ", a position Berlin repeated in a note", ", a stance that Seoul echoed", ", a view Tanzania
 * shared": a party named after the noun that sums up the stance before it takes that stance up.
 */
const POSITION_VERB = String.raw`(?:repeated|echoed|shared|reiterated|restated|took|taken|adopted|backed|endorsed)\b`;
// The verb is looked for first: the lookbehind before it is long, and runs only where it is found.
const POSITION_TAKEN = String.raw`(?=${POSITION_VERB})(?<=,\s+(?:a|the)\s+(?:\w+\s+)?(?:position|line|view|stance)\s+(?:that\s+|which\s+)?(?:[\w.'’-]+\s+){1,4}?(?:(?:has|have|had|also|later|since|swiftly|quickly)\s+){0,2})${POSITION_VERB}`;

/**
 * "Germany followed suit", "Britain did the same", "Italy echoed those concerns", "Spain joined
 * the chorus of criticism", "Austria took a similar line", and POSITION_TAKEN: a party doing what
 * the party before it did, its subject before the verb.
 */
const FOLLOWED = new RegExp(
  String.raw`\b(?:${POSITION_TAKEN}|followed\s+suit|(?:did|(?:has|have|had)\s+done)\s+(?:the\s+same|likewise|so\s+too|too)\b|(?:echoed|shared|added\s+(?:its|their|his|her)\s+voices?\s+to)\s+(?:the|that|this|those|these|its|their|his|her)\s+(?:\w+\s+)?${STANCE_NOUN}|joined\s+(?:the|that|this|those|these|its|their|his|her)\s+(?:\w+\s+)?${JOINED_NOUN}|(?:took|adopted|struck)\s+a\s+similar\s+(?:line|stance|position|tone)|issued\s+(?:a\s+)?similar\s+(?:condemnations?|statements?|warnings?|protests?|criticism))`,
  "gi",
);

/**
 * ", as did Germany and Britain", "So did the Greens", "as have Canada and Japan": the parties
 * after the inverted auxiliary do what the clause before it says.
 */
const AS_DID = /(?:^|,\s*|;\s*)(?:[Aa]s|[Ss]o)\s+(?:too\s+)?(?:did|has|have|had)\s+(?:the\s+)?/g;

/**
 * "Germany joined France in condemning the strike": the one who joins another in a stance holds
 * it too; the gerund's own subject is found with the stance.
 */
const JOINED_IN = /\bjoined\s+[^,;]{1,80}?\s+in\s+(?=\p{Ll}+ing\b)/gu;

/** A clause joined to one before it: ", and", ", but", ";". */
const LATER_CLAUSE = /[,;]\s*(?:and|but|while|whereas)\s|;\s|\s(?:but|while|whereas)\s/;

/**
 * Stances that repeat another: "France condemned the test, as did Germany", "Britain followed
 * suit", "Spain joined Italy in rejecting the plan". What is opposed is what the stance before the
 * frame in the same sentence (`own`) was against, else what the previous sentence's stance was.
 */
export function followedStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  own: readonly OppositionMention[],
  memory: OppositionMemory,
  byPattern: ByPattern,
): OppositionMention[] {
  if (!mayFollow(text)) return [];
  // The previous sentence's stance only for a clause that is the sentence's first: "France
  // pledged €5m, and Germany followed suit" repeats the pledge, not an earlier condemnation.
  const before = (at: number): OppositionTarget | undefined =>
    own
      .filter((o) => o.at < at)
      .sort((a, b) => a.at - b.at)
      .at(-1)?.target ??
    (own.length === 0 && !LATER_CLAUSE.test(text.slice(0, at - start))
      ? previousTarget(memory)
      : undefined);
  const found = [
    ...byPattern(text, start, parties, FOLLOWED, (m) => before(start + m.index)),
    ...byPattern(
      text,
      start,
      parties,
      JOINED_IN,
      (m) => own.find((o) => o.at === start + m.index + m[0].length)?.target,
    ),
  ];
  for (const m of execAll(AS_DID, text)) {
    // "So did Germany" opens a sentence after a stance; ", as did Germany" follows its own.
    if (m.index > 0 && !own.some((o) => o.at < start + m.index)) continue;
    const at = start + m.index;
    const target = before(at);
    const end = at + m[0].length;
    const after = actorsBetween(parties, end, rightClauseEnd(text, start, end));
    if (target === undefined || after[0]?.start !== end) continue;
    found.push(...stances(coordinated(text, start, after, "forward"), target, m[0].trim(), at));
  }
  return found;
}

const SIMILAR =
  /\bsimilar\s+(?:steps|measures|sanctions|moves?|action|restrictions|bans?)\s+(?:[\w-]+\s+){0,4}?by\s+/gi;

/**
 * "The measures follow similar steps taken last month by Britain, France and Germany": those
 * who took the like measures oppose what the stance before was against.
 */
export function similarMeasures(
  text: string,
  start: number,
  parties: readonly Actor[],
  previous: OppositionTarget | undefined,
): OppositionMention[] {
  if (previous === undefined || !/similar/i.test(text)) return [];
  const found: OppositionMention[] = [];
  for (const m of execAll(SIMILAR, text)) {
    const at = start + m.index;
    const end = at + m[0].length;
    const after = actorsBetween(parties, end, rightClauseEnd(text, start, end));
    if (after[0]?.start !== end) continue;
    found.push(...stances(coordinated(text, start, after, "forward"), previous, m[0], at));
  }
  return found;
}
