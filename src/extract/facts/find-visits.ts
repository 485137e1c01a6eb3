import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { actorsBetween, leftClauseStart } from "./clause.ts";
import { modalityOf, type Modality } from "./modality.ts";
import { execAll } from "../text/exec-all.ts";

export interface VisitMention {
  readonly visitor: Actor;
  readonly place: string;
  readonly modality: Modality;
  readonly type: "visit" | "summit" | "signing";
  /** Offset of the verb in the body: the visit's date is the one stated after it. */
  readonly at: number;
}

const VISIT =
  /\b(visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing) in|travel(?:s|led|ed|ling)? to|trip to|tour(?:s|ed)?|land(?:s|ed) in)\s+(?:to\s+)?((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/** "X visited Shanghai", "X will visit China in May", "X's visit to Kyiv". */
export function findVisits(sentence: AnalyzedSentence, actors: readonly Actor[]): VisitMention[] {
  const { text, start } = sentence.sentence;
  const people = actors.filter((a) => a.label === "Person");
  // A visit is told of its visitor: a sentence that names no one is not searched.
  if (people.length === 0) return [];
  const found: VisitMention[] = [];
  for (const m of execAll(VISIT, text)) {
    const at = start + m.index;
    const visitor = actorsBetween(people, leftClauseStart(text, start, at), at).at(-1);
    if (visitor === undefined || m[2] === undefined) continue;
    const modality = modalityOf(
      text.slice(Math.max(0, m.index - 40), m.index + (m[1]?.length ?? 0)),
    );
    found.push({ visitor, place: m[2].replace(/^the\s+/, ""), modality, type: "visit", at });
  }
  return found;
}
