import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext, FundingMention } from "../facts/find-funding.ts";
import { LinearModel, type LinearWeights } from "./linear-model.ts";
import { payerCandidates, type PayerCandidate } from "./funds-payer-candidates.ts";
import trained from "./funds-payer.json" with { type: "json" };

/** The payer model's weights and the two margins its choice is made with. */
export interface PayerWeights extends LinearWeights {
  /** How much more probable than the rules' payer another candidate must be to replace it. */
  readonly switchMargin: number;
  /** How probable a candidate must be to give an amount the rules left without a payer one. */
  readonly addThreshold: number;
}

/** What the choice reads besides the probabilities. */
export type PayerRule = Pick<PayerWeights, "switchMargin" | "addThreshold">;

/** An amount's payer candidates as the training script sees them. */
export interface PayerGroup {
  readonly amount: number;
  readonly currency: string;
  readonly candidates: readonly PayerCandidate[];
}

let weights: PayerWeights = trained;
let model = new LinearModel(weights);
let observer: ((group: PayerGroup) => void) | undefined;

/** Training only: hands every amount's payer candidates to `sink` while extraction runs. */
export function observePayerGroups(sink: ((group: PayerGroup) => void) | undefined): void {
  observer = sink;
}

/**
 * Training only: decides with `w` instead of the committed weights (undefined restores them), so
 * that each article is read with a model not fitted to it.
 */
export function usePayerWeights(w: PayerWeights | undefined): void {
  weights = w ?? trained;
  model = new LinearModel(weights);
}

/**
 * Training only: every amount keeps the rules' payer and the committed weights are not read (undo
 * with usePayerWeights(undefined)). Training reads articles this way so that the payers of earlier
 * amounts, which later amounts' candidates depend on, do not come from the weights being trained:
 * otherwise each retraining starts from the last one's result and need not settle.
 */
export function usePayerRulesOnly(): void {
  usePayerWeights({ ...trained, switchMargin: Infinity, addThreshold: Infinity });
}

/**
 * Who paid an amount, decided by the payer model among the candidates (see payerCandidates):
 * the rules' payer stands unless another is clearly more probable; an amount the rules found no
 * payer for gets the most probable candidate when it is probable enough. "The government will
 * put 2 billion kwacha from its own budget into schools", in a report on one state: the rules
 * find no payer, the model reads the state the article is about (told without "its own budget",
 * below the "add" threshold: none). An amount gathered from several payers of its sentence (see
 * gatheredTotal) keeps none.
 */
export function decidePayer(
  f: FundingMention,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  known: FundingContext,
  sentence: readonly FundingMention[] = [],
): FundingMention {
  if (gatheredTotal(f, sentence)) return f;
  const candidates = payerCandidates(f, s, actors, known);
  observer?.({ amount: f.money.amount, currency: f.money.currency, candidates });
  if (candidates.length === 0) return f;
  const probabilities = candidates.map((c) => model.probability(c.features));
  const at = choosePayer(probabilities, candidates, weights);
  const chosen = candidates[at];
  if (chosen === undefined || chosen.rule || chosen.qualifier) return f;
  const funderName = chosen.party.label === "Organization" ? chosen.name : undefined;
  const payerChange = f.funder === undefined ? "added" : "switched";
  return { ...f, funder: chosen.party, funderName, payerChange };
}

/**
 * Whether an amount the rules left without a payer is a total whose parts the same sentence gives
 * to two or more different payers: "Vietnam lined up about $900 million, signing a $400 million
 * loan with the World Bank, a 300 billion won loan from South Korea and a €100 million package
 * from France". Gathered from several, it has no one payer to add. A total is larger than each
 * amount of its currency beside it, and has one: "the government will spend 2 billion kwacha,
 * while Japan pledged $5 million and France $3 million" is the government's own, no total.
 */
export function gatheredTotal(f: FundingMention, sentence: readonly FundingMention[]): boolean {
  if (f.funder !== undefined) return false;
  let first: string | undefined;
  let several = false;
  let part = false;
  for (const other of sentence) {
    if (other === f) continue;
    if (other.money.currency === f.money.currency) {
      if (other.money.amount >= f.money.amount) return false;
      part = true;
    }
    const key = other.funder?.key;
    if (key === undefined || key === first) continue;
    if (first !== undefined) several = true;
    else first = key;
  }
  return several && part;
}

/**
 * The index of the candidate chosen, or -1 for none: the most probable when it beats the rules'
 * payer by `switchMargin` (or, with no rules' payer, reaches `addThreshold`), else the rules'
 * payer. Used at run time and in training.
 */
export function choosePayer(
  probabilities: readonly number[],
  candidates: readonly Pick<PayerCandidate, "rule">[],
  choice: PayerRule,
): number {
  let best = -1;
  for (let i = 0; i < probabilities.length; i++)
    if (best < 0 || probabilities[i]! > probabilities[best]!) best = i;
  const own = candidates.findIndex((c) => c.rule);
  if (best < 0) return own;
  if (own < 0) return probabilities[best]! >= choice.addThreshold ? best : -1;
  return probabilities[best]! - probabilities[own]! >= choice.switchMargin ? best : own;
}
