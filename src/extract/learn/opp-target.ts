import type { OppositionMention } from "../facts/find-oppositions.ts";
import { stanceHolder } from "../facts/stance-actor.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { PeopleResolution } from "../resolve/resolve-people.ts";
import { LinearModel } from "./linear-model.ts";
import { packedMap } from "../text/packed-map.ts";
import { targetCandidates, type TargetCandidate } from "./opp-target-candidates.ts";
import { stanceSentence, stanceWords } from "./opp-sentence.ts";
import trained from "./opp-target-weights.json" with { type: "json" };
import type { DiscourseMemory } from "./discourse-memory.ts";

/** A stance's candidates as the training script sees them. */
export interface TargetGroup {
  readonly holder: string;
  readonly sentence: number;
  readonly candidates: readonly TargetCandidate[];
}

/**
 * The switch model: how probable it is that a candidate other than the rules' target is right
 * where the rules' target is not. Its threshold is the probability from which the candidate
 * replaces the rules' target.
 */
const MODEL = new LinearModel(trained);
/**
 * The probability from which a party only an earlier sentence named replaces the rules' target:
 * chosen out of fold on its own, since those candidates are of another kind (see
 * opp-discourse-targets.ts).
 */
const MEMORY_AT: number = trained.memoryThreshold;

let observer: ((group: TargetGroup) => void) | undefined;

/** Training only: hands every stance's target candidates to `sink` while extraction runs. */
export function observeTargetGroups(sink: ((group: TargetGroup) => void) | undefined): void {
  observer = sink;
}

/** The stances of a sentence with their targets chosen, and the issues the rules named. */
export interface ChosenTargets {
  readonly mentions: readonly OppositionMention[];
  /** Issues the rules named as targets that the model replaced: still topics of the article. */
  readonly replaced: readonly { readonly issue: string; readonly issueKey: string }[];
}

/**
 * The rules' stances of one sentence, each against the target the model prefers among its
 * candidates (see targetCandidates): the rules' target stands unless the switch model finds
 * another probably right where it is not. "Chile's foreign ministry condemned Peru's new tariff
 * on copper" may be a stance against Peru rather than against the tariff; "The premier rejected
 * the criticism" against the critic an earlier sentence named (`memory`). `model` is the
 * committed one but in tests.
 */
export function chooseTargets(
  s: AnalyzedSentence,
  index: number,
  actors: readonly Actor[],
  mentions: readonly OppositionMention[],
  people: PeopleResolution,
  model: LinearModel = MODEL,
  memory?: DiscourseMemory,
  memoryAt: number = MEMORY_AT,
): ChosenTargets {
  // With a threshold no probability reaches, the rules' targets stand and no candidate is made.
  const idle = model.threshold > 1 && memoryAt > 1 && observer === undefined;
  if (mentions.length === 0 || idle) return { mentions, replaced: [] };
  const words = stanceWords(s) ?? new Array<undefined>(s.tokens.length);
  const view = stanceSentence(s, index, words);
  const replaced: { issue: string; issueKey: string }[] = [];
  const out = packedMap(mentions, (o) => {
    // The memory is read even while its own threshold leaves remembered parties idle: a party of
    // the sentence that an earlier one named too carries its marks, as in training.
    const candidates = targetCandidates(view, o, actors, people, memory);
    const holder = stanceHolder(o.holder, people).key;
    observer?.({ holder, sentence: index, candidates });
    const probabilities = candidates.map((c, i) => (i === 0 ? 0 : model.probability(c.features)));
    const remembered = candidates.map((c) => c.remembered);
    const self = candidates[0]?.key === holder;
    const at = chooseTarget(probabilities, model.threshold, memoryAt, remembered, self);
    const chosen = candidates[at];
    if (chosen === undefined || chosen.rule) return o;
    if ("issue" in o.target) replaced.push(o.target);
    return { ...o, target: chosen.target };
  });
  return { mentions: out, replaced };
}

/**
 * The probability from which another of the sentence's parties replaces a rules' target that is
 * the holder itself ("Georgia's foreign ministry said Georgia…" read as Georgia against Georgia),
 * a stance the graph drops: any party is likelier right than none. Not 0, so that a party the
 * model all but rules out is no stance either; the right ones of dev's such stances reach 0.13.
 */
const SELF_AT = 0.1;

/**
 * The index of the candidate chosen among a stance's candidates, the rules' target first: the
 * most probable of the others that reaches its threshold (`memoryAt` for a party only an
 * earlier sentence named, `switchAt` for the others, SELF_AT for those of the sentence when the
 * rules' target is the holder itself: `self`), else 0. Used at run time and in training.
 */
export function chooseTarget(
  probabilities: readonly number[],
  switchAt: number,
  memoryAt = switchAt,
  remembered: readonly boolean[] = [],
  self = false,
): number {
  // A threshold no probability reaches leaves every rules' target, this one too.
  const named = self && switchAt <= 1 ? Math.min(SELF_AT, switchAt) : switchAt;
  let best = 0;
  for (let i = 1; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    if (
      p >= (remembered[i] === true ? memoryAt : named) &&
      (best === 0 || p > probabilities[best]!)
    )
      best = i;
  }
  return best;
}
