import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext, FundingMention } from "../facts/find-funding.ts";
import { LinearModel, type LinearWeights } from "./linear-model.ts";
import { recipientCandidates, type RecipientCandidate } from "./funds-candidates.ts";
import { acceptFeatures, sentenceCues } from "./funds-features.ts";
import trained from "./funds-recipient.json" with { type: "json" };

/** The recipient model's weights and the two margins its choice is made with. */
export interface RecipientWeights extends LinearWeights {
  /** How much more probable than the rules' choice another candidate must be to replace it. */
  readonly switchMargin: number;
  /** How probable a candidate must be to give an amount the rules left without a recipient one. */
  readonly addThreshold: number;
  /**
   * How probable a country or body must be to replace an issue the rules chose: "$1.2bn for the
   * cash-strapped economy" is money for Pakistan, whichever words of the purpose an annotator kept.
   */
  readonly actorOverIssue: number;
  /**
   * How probable a country or body must be to replace an issue of the rules that names the money
   * itself or its pot ("a $500 million loan", "€210 million from its Connecting Europe Facility"):
   * the money is not its own recipient.
   */
  readonly moneyIssueOver: number;
  /** Whether an amount is funding at all; below its threshold, it is not recorded. */
  readonly accept: LinearWeights;
}

/** What the choice reads besides the probabilities: the model's thresholds. */
export type ChoiceRule = Pick<
  RecipientWeights,
  "threshold" | "switchMargin" | "addThreshold" | "actorOverIssue" | "moneyIssueOver"
>;

/** An amount's candidates as the training script sees them: who paid, how much, and to whom. */
export interface RecipientGroup {
  readonly funder: string;
  readonly amount: number;
  readonly currency: string;
  readonly candidates: readonly RecipientCandidate[];
  /** The amount's own features, for the acceptance model (see acceptFeatures). */
  readonly accept: readonly string[];
}

export interface RecipientDecision {
  readonly mention: FundingMention;
  /** The model's probability for the recipient chosen, to 2 decimals. */
  readonly confidence: number;
}

const WEIGHTS: RecipientWeights = trained;
const MODEL = new LinearModel(WEIGHTS);
const ACCEPT = new LinearModel(WEIGHTS.accept);

/** The rules' choice alone: every amount kept, no candidate replacing or adding a recipient. */
const RULES_ONLY: ChoiceRule = {
  threshold: 0,
  switchMargin: Infinity,
  addThreshold: Infinity,
  actorOverIssue: Infinity,
  moneyIssueOver: Infinity,
};

let observer: ((group: RecipientGroup) => void) | undefined;
let rulesOnly = false;

/** Training only: hands every amount's candidates to `sink` while extraction runs. */
export function observeRecipientGroups(sink: ((group: RecipientGroup) => void) | undefined): void {
  observer = sink;
}

/**
 * Training only: with `on`, every amount is kept with the rules' recipient and the committed
 * weights are not read. The payer model is trained before this one; reading these weights there
 * would make each model's training depend on the other's last result, and retraining would never
 * settle on one set of weights.
 */
export function useRecipientRulesOnly(on: boolean): void {
  rulesOnly = on;
}

/**
 * Who an amount went to, decided by the recipient model among the candidates (see
 * recipientCandidates): the rules' choice stands unless another is clearly more probable, and
 * an amount whose best recipient is improbable is not funding the graph records.
 */
export function decideRecipient(
  f: FundingMention,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  known: FundingContext,
): RecipientDecision | undefined {
  if (f.funder === undefined) return undefined;
  // The sentence's cues are read once for both models; an amount the acceptance model drops needs
  // no candidates, unless training is listening.
  const cues = sentenceCues(s);
  const accept = acceptFeatures(f, s, cues);
  const accepted = rulesOnly || ACCEPT.accepts(accept);
  if (!accepted && observer === undefined) return undefined;
  const candidates = recipientCandidates(f, s, actors, known, cues);
  observer?.({
    funder: f.funder.key,
    amount: f.money.amount,
    currency: f.money.currency,
    candidates,
    accept,
  });
  if (!accepted) return undefined;
  const probabilities = candidates.map((c) => MODEL.probability(c.features));
  const at = chooseCandidate(probabilities, candidates, rulesOnly ? RULES_ONLY : WEIGHTS);
  if (at < 0) return undefined;
  const chosen = candidates[at]!;
  const mention = chosen.rule ? f : { ...f, recipient: chosen.recipient, recipientName: undefined };
  return { mention, confidence: Math.round(probabilities[at]! * 100) / 100 };
}

/**
 * The issue the rules gave an amount with a payer to: it stays a topic of the article whoever
 * the model gives the money to, and whether or not the amount stands ("$1.2bn for the
 * cash-strapped economy" given to Pakistan still names the economy).
 */
export function rulesPurpose(
  f: FundingMention,
): { readonly issue: string; readonly issueKey: string } | undefined {
  if (f.funder === undefined || f.recipient === undefined || "actor" in f.recipient)
    return undefined;
  return f.recipient;
}

/**
 * The index of the candidate chosen, or -1 for none: the most probable when it beats the rules'
 * choice by `switchMargin` (or, with no rules' choice, reaches `addThreshold`); the most probable
 * country or body in place of the rules' issue when it reaches `actorOverIssue`, or, when that
 * issue names the money itself, the most probable one that may take its place when it reaches
 * `moneyIssueOver`; else the rules' choice; none when the one chosen falls below `threshold`.
 * Used at run time and in training.
 */
export function chooseCandidate(
  probabilities: readonly number[],
  candidates: readonly Pick<RecipientCandidate, "rule" | "key" | "money" | "takes">[],
  choice: ChoiceRule,
): number {
  let best = -1;
  let actor = -1;
  let taker = -1;
  const higher = (i: number, than: number): boolean =>
    than < 0 || probabilities[i]! > probabilities[than]!;
  for (let i = 0; i < probabilities.length; i++) {
    if (higher(i, best)) best = i;
    if (candidates[i]!.key.startsWith("issue:")) continue;
    if (higher(i, actor)) actor = i;
    if (candidates[i]!.takes === true && higher(i, taker)) taker = i;
  }
  const own = candidates.findIndex((c) => c.rule);
  let at = own;
  if (own < 0) {
    if (best >= 0 && probabilities[best]! >= choice.addThreshold) at = best;
  } else if (probabilities[best]! - probabilities[own]! >= choice.switchMargin) at = best;
  else if (candidates[own]!.key.startsWith("issue:")) {
    if (actor >= 0 && probabilities[actor]! >= choice.actorOverIssue) at = actor;
    else if (
      candidates[own]!.money === true &&
      taker >= 0 &&
      probabilities[taker]! >= choice.moneyIssueOver
    )
      at = taker;
  }
  if (at < 0 || probabilities[at]! < choice.threshold) return -1;
  return at;
}
