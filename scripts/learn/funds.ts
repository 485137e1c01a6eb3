/**
 * Trains the FUNDS recipient model (src/extract/learn/funds-recipient.ts) on the development
 * split and writes its weights to src/extract/learn/funds-recipient.json.
 *
 * Every amount the rules turn into funding with a payer is a group of candidate recipients (see
 * recipientCandidates); a candidate is labelled right when its article's gold holds a FUNDS fact
 * with that payer, amount, currency and recipient. The choice's margins are picked on
 * out-of-fold probabilities (10 folds by article), scoring facts as the eval does, on the mean of
 * the F1 of all dev and of articles 423–454 (kept out of rule writing).
 *
 *   npx tsx scripts/learn/funds.ts
 */
import { writeFile } from "node:fs/promises";
import { extractGraph } from "../../src/extract/extract-graph.ts";
import {
  chooseCandidate,
  observeRecipientGroups,
  type ChoiceRule,
  type RecipientGroup,
  type RecipientWeights,
} from "../../src/extract/learn/funds-recipient.ts";
import {
  crossValidate,
  trainLinearModel,
  type Example,
  type TrainOptions,
} from "../../src/extract/learn/train-linear-model.ts";
import { matchesPattern, type Gold } from "../../src/eval/gold-schema.ts";
import { readAnnotated, type AnnotatedArticle } from "./dev-set.ts";

const OUT = "src/extract/learn/funds-recipient.json";
const FOLDS = 10;
const OPTIONS: Partial<TrainOptions> = { epochs: 12, rate: 0.1, l2: 1e-3, minCount: 3, seed: 1 };
const KEPT_OUT = (n: number) => n >= 423 && n <= 454;
const RULES_ONLY: ChoiceRule = { threshold: 0, switchMargin: Infinity, addThreshold: Infinity };

interface Seen {
  readonly article: AnnotatedArticle;
  readonly group: RecipientGroup;
}

type GoldFund = Gold["relations"]["FUNDS"][number];

function isRight(gold: readonly GoldFund[], g: RecipientGroup, key: string): boolean {
  return gold.some(
    (f) =>
      matchesPattern(f.from, g.funder) &&
      f.amount === g.amount &&
      f.currency === g.currency &&
      f.to.some((t) => matchesPattern(t, key)),
  );
}

/** Runs the extractor over every article and keeps each amount's candidates. */
function collectGroups(articles: readonly AnnotatedArticle[]): Seen[] {
  const seen: Seen[] = [];
  for (const article of articles) {
    observeRecipientGroups((group) => seen.push({ article, group }));
    extractGraph(article.article);
  }
  observeRecipientGroups(undefined);
  return seen;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The facts chosen for each article, scored one to one against its gold as the eval does. */
function score(
  articles: readonly AnnotatedArticle[],
  seen: readonly Seen[],
  probabilities: readonly (readonly number[])[],
  choice: ChoiceRule,
): Counts {
  const facts = new Map<string, Set<string>>();
  seen.forEach(({ article, group }, i) => {
    const at = chooseCandidate(
      probabilities[i]!,
      group.candidates.map((c) => c.rule),
      choice,
    );
    if (at < 0) return;
    const key = group.candidates[at]!.key;
    const fact = [group.funder, key, group.amount, group.currency].join("\t");
    const set = facts.get(article.name) ?? new Set<string>();
    set.add(fact);
    facts.set(article.name, set);
  });
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const a of articles) {
    const predicted = [...(facts.get(a.name) ?? [])].map((f) => f.split("\t"));
    const used = new Set<number>();
    for (const g of a.gold.relations.FUNDS) {
      const index = predicted.findIndex(
        ([from, to, amount, currency], i) =>
          !used.has(i) &&
          matchesPattern(g.from, from!) &&
          g.to.some((t) => matchesPattern(t, to!)) &&
          Number(amount) === g.amount &&
          currency === g.currency,
      );
      if (index < 0) counts.fn++;
      else {
        used.add(index);
        counts.tp++;
      }
    }
    counts.fp += predicted.length - used.size;
  }
  return counts;
}

function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function line(label: string, c: Counts): string {
  const { p, r, f } = f1(c);
  return `${label.padEnd(34)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
}

const MARGINS = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, Infinity];
const ADDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, Infinity];
const THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

async function main(): Promise<void> {
  const articles = await readAnnotated("dev");
  const keptOut = articles.filter((a) => KEPT_OUT(a.number));
  const seen = collectGroups(articles);
  const examples: Example[] = [];
  for (const { article, group } of seen)
    for (const c of group.candidates)
      examples.push({
        features: c.features,
        label: isRight(article.gold.relations.FUNDS, group, c.key),
        group: article.name,
      });
  const oof = crossValidate(examples, FOLDS, OPTIONS);
  const probabilities: number[][] = [];
  let next = 0;
  for (const { group } of seen) probabilities.push(group.candidates.map(() => oof[next++]!));
  const inKeptOut = seen.map((x) => KEPT_OUT(x.article.number));
  const sub = (keep: boolean[]) => ({
    seen: seen.filter((_, i) => keep[i]),
    probabilities: probabilities.filter((_, i) => keep[i]),
  });
  const kept = sub(inKeptOut);
  const both = (choice: ChoiceRule) => ({
    all: score(articles, seen, probabilities, choice),
    kept: score(keptOut, kept.seen, kept.probabilities, choice),
  });
  let best = { choice: RULES_ONLY, value: -1 };
  for (const switchMargin of MARGINS)
    for (const addThreshold of ADDS)
      for (const threshold of THRESHOLDS) {
        const choice = { threshold, switchMargin, addThreshold };
        const s = both(choice);
        const value = (f1(s.all).f + f1(s.kept).f) / 2;
        if (value > best.value + 1e-9) best = { choice, value };
      }
  const rules = both(RULES_ONLY);
  const model = both(best.choice);
  console.log(`${seen.length} amounts, ${examples.length} candidates`);
  console.log(line("rules, all dev", rules.all));
  console.log(line("model out-of-fold, all dev", model.all));
  console.log(line("rules, 423-454", rules.kept));
  console.log(line("model out-of-fold, 423-454", model.kept));
  console.log("choice:", JSON.stringify(best.choice));
  const fitted = trainLinearModel("FUNDS recipient", examples, OPTIONS);
  const weights: Record<string, number> = {};
  for (const [f, w] of Object.entries(fitted.weights)) if (Math.abs(w) >= 0.01) weights[f] = w;
  const out: RecipientWeights = {
    name: fitted.name,
    bias: fitted.bias,
    threshold: best.choice.threshold,
    switchMargin: finite(best.choice.switchMargin),
    addThreshold: finite(best.choice.addThreshold),
    weights,
  };
  await writeFile(OUT, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${OUT}: ${Object.keys(weights).length} features`);
}

/** JSON has no Infinity: a margin no probability reaches stands for it. */
function finite(x: number): number {
  return Number.isFinite(x) ? x : 2;
}

await main();
