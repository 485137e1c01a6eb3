import type { OppositionMention } from "../facts/find-oppositions.ts";
import { stanceHolder } from "../facts/stance-actor.ts";
import { openingParty } from "../facts/opposition-memory.ts";
import type { Actor, ActorLabel } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { PeopleResolution } from "../resolve/resolve-people.ts";
import { packedMap, packedConcat } from "../text/packed-map.ts";

/**
 * What the sentences before the one being read told, for a stance that names its target only by
 * pointing back: "Lindqvist accused the cabinet of stalling. The premier rejected the criticism."
 * (the critic), "Ruritania closed the border. Lawmakers condemned the move." (the doer). Kept per
 * article and brought up to date after each sentence from the parties and stances already found;
 * no sentence is read again.
 */
export interface DiscourseMemory {
  /** The party each earlier sentence opened with as its subject, latest first. */
  subjects: Named[];
  /** Those of the subjects whose sentence says, tells or claims something, latest first. */
  speakers: Named[];
  /** The latest party of each kind named before, with the sentence that named it. */
  readonly latest: Map<ActorLabel, Named>;
  /** How often each state has been named before. */
  readonly states: Map<string, number>;
  /** The stances told before, latest first: who held them against what. */
  stances: Told[];
}

export interface Named {
  readonly actor: Actor;
  readonly sentence: number;
}

export interface Told {
  readonly holder: Actor;
  /** The holder as the graph keys it: a spokesperson's country. */
  readonly holderKey: string;
  readonly target: Actor | undefined;
  readonly targetKey: string;
  readonly sentence: number;
}

/** How far back the memory keeps subjects and stances: a reply points to the last few. */
const KEPT = 3;

/**
 * A verb of saying or claiming: "Germany's ministry described the arrest as…" is what a later
 * "rejected the statements" answers.
 */
const SAYING =
  /\b(?:said|says|told|tells|described|describes|called|calls|claimed|claims|alleged|stated|asserted|insisted|argued|declared|accused|accuses|warned|warns|wrote|posted|added|suggested|remarked)\b/;

export function emptyMemory(): DiscourseMemory {
  return { subjects: [], speakers: [], latest: new Map(), states: new Map(), stances: [] };
}

/** Adds what sentence `index` named and the stances it told, once the sentence is decided. */
export function rememberDiscourse(
  memory: DiscourseMemory,
  s: AnalyzedSentence,
  index: number,
  actors: readonly Actor[],
  mentions: readonly OppositionMention[],
  people: PeopleResolution,
): void {
  let first: Actor | undefined;
  for (const a of actors) {
    if (a.place || a.locationOnly === true) continue;
    first ??= a;
    memory.latest.set(a.label, { actor: a, sentence: index });
    if (a.label === "Country") memory.states.set(a.key, (memory.states.get(a.key) ?? 0) + 1);
  }
  // "Trade between Chile and Peru fell": a party inside a longer subject is none.
  const subject = openingParty(s.sentence.text, s.sentence.start, first);
  if (subject !== undefined)
    memory.subjects = [{ actor: subject, sentence: index }, ...memory.subjects.slice(0, KEPT - 1)];
  const speaker = speakerOf(s, actors);
  if (speaker !== undefined)
    memory.speakers = [{ actor: speaker, sentence: index }, ...memory.speakers.slice(0, KEPT - 1)];
  const told = packedMap(mentions, (o) => toldOf(o, index, people)).reverse();
  if (told.length > 0) memory.stances = packedConcat(told, memory.stances).slice(0, KEPT);
}

/** How far before its verb of saying a speaker may end: "Eritrea's information minister said". */
const SPEAKER_REACH = 60;

/**
 * The party right before the sentence's first verb of saying, when near it: "Ethiopia, Eritrea's
 * information minister said, has no right to the port" is Eritrea's saying, not Ethiopia's.
 */
function speakerOf(s: AnalyzedSentence, actors: readonly Actor[]): Actor | undefined {
  const { text, start } = s.sentence;
  const verb = SAYING.exec(text);
  if (verb === null) return undefined;
  let speaker: Actor | undefined;
  for (const a of actors)
    if (!a.place && a.end - start <= verb.index && verb.index - (a.end - start) <= SPEAKER_REACH)
      speaker = a;
  return speaker;
}

function toldOf(o: OppositionMention, sentence: number, people: PeopleResolution): Told {
  const target = "actor" in o.target ? o.target.actor : undefined;
  const targetKey = target === undefined ? "" : stanceHolder(target, people).key;
  return {
    holder: o.holder,
    holderKey: stanceHolder(o.holder, people).key,
    target,
    targetKey,
    sentence,
  };
}
