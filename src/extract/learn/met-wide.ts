import { MEETING_HINT, type MeetingType } from "../facts/find-meetings.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { meetingWordKind, type MeetingWordKind } from "../facts/meeting-words.ts";

/** A pair of a sentence's people, around the meeting word nearest them. */
export interface WidePair {
  readonly a: Actor;
  readonly b: Actor;
  readonly trigger: number;
  readonly type: MeetingType;
}

/** At most this many people of a sentence are paired (28 pairs). */
const MAX_PEOPLE = 8;

/**
 * Signing is left to the rules: their signing triggers list each document whose joint signing
 * the annotation counts as a meeting, so a signing they did not read is of something else ("A and
 * B signed a letter calling for…", a petition, a decree signed alone). So is a thing handed over
 * ("handed out medals as B looked on"): the rules' frame needs the one it is handed to, and out of
 * fold the pairs around it (eight on dev, none a meeting) only lowered the wide model's precision.
 */
const LEFT_TO_RULES: ReadonlySet<MeetingWordKind> = new Set(["sign", "handover"]);

/** The meeting type a wide pair's word tells: a call, talks, or a meeting. */
const TYPE_OF: Partial<Record<MeetingWordKind, MeetingType>> = {
  call: "call",
  talk: "talks",
  discuss: "talks",
};

/**
 * Every unordered pair of distinct people in a sentence holding a meeting word — "Ruto received
 * Museveni at State House, with Odinga in attendance" gives Ruto–Museveni, Ruto–Odinga and
 * Museveni–Odinga — for the model to weigh. A person named twice is paired once, at the first
 * mention; a possessor ("Ruto's envoy") is no party and is left out.
 */
export function widePairs(
  s: AnalyzedSentence,
  actors: readonly Actor[],
): { pairs: WidePair[]; people: number } {
  const people: Actor[] = [];
  for (const a of actors)
    if (a.label === "Person" && !a.possessive && !people.some((p) => p.key === a.key))
      people.push(a);
  if (people.length < 2 || !MEETING_HINT.test(s.sentence.text)) return { pairs: [], people: 0 };
  const triggers: number[] = [];
  const kinds: MeetingWordKind[] = [];
  s.tokens.forEach((t, i) => {
    const kind = meetingWordKind(t.lower);
    if (kind === undefined || LEFT_TO_RULES.has(kind)) return;
    triggers.push(i);
    kinds.push(kind);
  });
  if (triggers.length === 0) return { pairs: [], people: 0 };
  const kept = people.slice(0, MAX_PEOPLE);
  const pairs: WidePair[] = [];
  for (let i = 0; i < kept.length; i++)
    for (let j = i + 1; j < kept.length; j++) {
      const [a, b] = kept[i]!.from <= kept[j]!.from ? [kept[i]!, kept[j]!] : [kept[j]!, kept[i]!];
      const k = nearest(triggers, a, b);
      pairs.push({ a, b, trigger: triggers[k]!, type: TYPE_OF[kinds[k]!] ?? "meeting" });
    }
  return { pairs, people: people.length };
}

/**
 * Which of the meeting words (their token indices) the pair is read around: the one between the
 * two, the last one if several; else the one nearest either.
 */
function nearest(triggers: readonly number[], a: Actor, b: Actor): number {
  let best = 0;
  let distance = Infinity;
  triggers.forEach((t, k) => {
    const d = t >= a.to && t < b.from ? -1 : Math.min(Math.abs(t - a.from), Math.abs(t - b.from));
    if (d <= distance) {
      best = k;
      distance = d;
    }
  });
  return best;
}
