/**
 * The FUNDS payer model (src/extract/learn/funds-payer.ts), fitted by scripts/learn/funds.ts
 * before the recipient and acceptance models, which then read every article with the payers of a
 * payer model not fitted to it (one per fold).
 *
 * Every amount the rules find is a group of candidate payers (see payerCandidates), whether or
 * not the rules found a payer. A candidate of an amount the gold holds is labelled right when its
 * article's gold holds a FUNDS fact with that payer, amount and currency. The two margins are picked on out-of-fold
 * probabilities (10 folds by article), scoring payer, amount and currency against the gold's, on
 * the mean of the F1 of all dev and of the kept-out batches.
 */
import { extractGraphAsWritten } from "../../src/extract/extract-graph.ts";
import { useRecipientRulesOnly } from "../../src/extract/learn/funds-recipient.ts";
import {
  choosePayer,
  observePayerGroups,
  usePayerRulesOnly,
  usePayerWeights,
  type PayerGroup,
  type PayerRule,
  type PayerWeights,
} from "../../src/extract/learn/funds-payer.ts";
import {
  foldOf,
  trainLinearModel,
  type Example,
  type TrainOptions,
} from "../../src/extract/learn/train-linear-model.ts";
import { LinearModel, type LinearWeights } from "../../src/extract/learn/linear-model.ts";
import { matchesPattern } from "../../src/eval/gold-schema.ts";
import { organizationNames, type OrganizationNames } from "../../src/eval/organization-names.ts";
import { type AnnotatedArticle, isKeptOut } from "./dev-set.ts";

export const FOLDS = 10;
const OPTIONS: Partial<TrainOptions> = { epochs: 12, rate: 0.1, l2: 1e-3, minCount: 3, seed: 1 };

const RULES_ONLY: PayerRule = { switchMargin: Infinity, addThreshold: Infinity };
const GRID = {
  switchMargin: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, Infinity],
  addThreshold: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, Infinity],
};

interface Seen {
  readonly article: AnnotatedArticle;
  readonly group: PayerGroup;
  /** The other names of the article's organisations, as the eval reads patterns. */
  readonly names: OrganizationNames;
  probabilities: number[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** What fitting gives: the weights to commit, one model per fold, and the figures to print. */
export interface PayerFit {
  readonly weights: PayerWeights;
  /** The model fitted without fold k's articles, for reading them in training. */
  readonly folds: readonly PayerWeights[];
  readonly report: readonly string[];
}

/** Runs the extractor over every article and keeps each amount's payer candidates. */
function collectGroups(articles: readonly AnnotatedArticle[]): Seen[] {
  const seen: Seen[] = [];
  // Neither model's committed weights are read while the candidates are gathered: the earlier
  // amounts of an article, which later candidates depend on, keep the rules' payers and
  // recipients, so retraining gives the same weights whatever was committed before.
  usePayerRulesOnly();
  useRecipientRulesOnly(true);
  for (const article of articles) {
    const groups: PayerGroup[] = [];
    observePayerGroups((group) => groups.push(group));
    const doc = extractGraphAsWritten(article.article);
    const names = organizationNames(doc.entities, article.gold.organizations);
    for (const group of groups) seen.push({ article, group, names, probabilities: [] });
  }
  observePayerGroups(undefined);
  usePayerWeights(undefined);
  useRecipientRulesOnly(false);
  return seen;
}

/**
 * One example per candidate of each amount the gold holds (some FUNDS fact of the article has its
 * amount and currency). Whether an amount is funding at all is the acceptance model's to say: an
 * amount that is no funding would teach the payer model that no one paid it.
 */
function examples(seen: readonly Seen[]): Example[] {
  return seen.flatMap(({ article, group, names }) =>
    !inGold(article, group)
      ? []
      : group.candidates.map((c) => ({
          features: c.features,
          label: article.gold.relations.FUNDS.some(
            (g) =>
              g.amount === group.amount &&
              g.currency === group.currency &&
              matchesPattern(g.from, c.party.key, names),
          ),
          group: article.name,
        })),
  );
}

function inGold(article: AnnotatedArticle, group: PayerGroup): boolean {
  return article.gold.relations.FUNDS.some(
    (g) => g.amount === group.amount && g.currency === group.currency,
  );
}

/** Payer, amount and currency of each article's amounts, scored one to one against its gold. */
export function scorePayers(
  articles: readonly AnnotatedArticle[],
  seen: readonly Seen[],
  rule: PayerRule,
): Counts {
  const predicted = new Map<string, Set<string>>();
  const namesOf = new Map<string, OrganizationNames>();
  for (const { article, group, names, probabilities } of seen) {
    namesOf.set(article.name, names);
    const at = choosePayer(probabilities, group.candidates, rule);
    if (at < 0) continue;
    const set = predicted.get(article.name) ?? new Set<string>();
    set.add([group.candidates[at]!.party.key, group.amount, group.currency].join("\t"));
    predicted.set(article.name, set);
  }
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const a of articles) {
    const mine = [...(predicted.get(a.name) ?? [])].map((p) => p.split("\t"));
    const names = namesOf.get(a.name);
    const gold = new Map(
      a.gold.relations.FUNDS.map((g) => [`${g.from}\t${g.amount}\t${g.currency}`, g]),
    );
    const used = new Set<number>();
    for (const g of gold.values()) {
      const at = mine.findIndex(
        ([from, amount, currency], i) =>
          !used.has(i) &&
          matchesPattern(g.from, from!, names) &&
          Number(amount) === g.amount &&
          currency === g.currency,
      );
      if (at < 0) counts.fn++;
      else {
        used.add(at);
        counts.tp++;
      }
    }
    counts.fp += mine.length - used.size;
  }
  return counts;
}

export function f1(c: Counts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

export function line(label: string, c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return `${label.padEnd(30)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1(c).toFixed(3)}`;
}

/** JSON has no Infinity: a margin no probability reaches stands for it. */
export function finite(x: number): number {
  return Number.isFinite(x) ? x : 2;
}

function fitted(examples: readonly Example[]): LinearWeights {
  const model = trainLinearModel("FUNDS payer", examples, OPTIONS);
  const weights: Record<string, number> = {};
  for (const [f, w] of Object.entries(model.weights)) if (Math.abs(w) >= 0.01) weights[f] = w;
  return { ...model, threshold: 0, weights };
}

function withMargins(w: LinearWeights, rule: PayerRule): PayerWeights {
  return {
    ...w,
    switchMargin: finite(rule.switchMargin),
    addThreshold: finite(rule.addThreshold),
  };
}

/** Fits the payer model on `articles` and chooses its margins out of fold. */
export function fitPayer(articles: readonly AnnotatedArticle[]): PayerFit {
  const seen = collectGroups(articles);
  const all = examples(seen);
  // Out of fold: each article's amounts are read by the model fitted without its fold, the one
  // the recipient models' training reads it with (see PayerFit.folds).
  const byFold = Array.from({ length: FOLDS }, (_, k) =>
    fitted(all.filter((e) => foldOf(e.group, FOLDS) !== k)),
  );
  for (const x of seen) {
    const model = new LinearModel(byFold[foldOf(x.article.name, FOLDS)]!);
    x.probabilities = x.group.candidates.map((c) => model.probability(c.features));
  }
  const kept = articles.filter((a) => isKeptOut(a.number));
  const keptSeen = seen.filter((x) => isKeptOut(x.article.number));
  const both = (r: PayerRule) => ({
    all: scorePayers(articles, seen, r),
    kept: scorePayers(kept, keptSeen, r),
  });
  let best = { rule: RULES_ONLY, value: -1 };
  for (const switchMargin of GRID.switchMargin)
    for (const addThreshold of GRID.addThreshold) {
      const s = both({ switchMargin, addThreshold });
      const value = (f1(s.all) + f1(s.kept)) / 2;
      if (value > best.value + 1e-9) best = { rule: { switchMargin, addThreshold }, value };
    }
  const rules = both(RULES_ONLY);
  const model = both(best.rule);
  const folds = byFold.map((w) => withMargins(w, best.rule));
  const report = [
    `${seen.length} amounts, ${all.length} payer candidates`,
    line("payers: rules, all dev", rules.all),
    line("payers: model (oof), all dev", model.all),
    line("payers: rules, kept out", rules.kept),
    line("payers: model (oof), kept out", model.kept),
    `payer decision: ${JSON.stringify(best.rule)}`,
  ];
  return { weights: withMargins(fitted(all), best.rule), folds, report };
}
