/**
 * Trains the FUNDS models on the development split: first the payer model (funds-payer.ts, see
 * scripts/learn/funds-payer.ts), written to src/extract/learn/funds-payer.json, then the recipient
 * and acceptance models (src/extract/learn/funds-recipient.ts), written to
 * src/extract/learn/funds-recipient.json. While the latter are trained each article is read with
 * the payers of a payer model not fitted to it, so their out-of-fold figures are the whole
 * decision's.
 *
 * Every amount the rules turn into funding with a payer is a group of candidate recipients (see
 * recipientCandidates). A candidate is labelled right when its article's gold holds a FUNDS fact
 * with that payer, amount, currency and recipient; the amount itself (the acceptance model) when
 * the gold holds one with that payer, amount and currency. The choice's margins and the
 * acceptance threshold are picked on out-of-fold probabilities (10 folds by article), scoring
 * facts as the eval does, on the mean of the F1 of all dev and of the kept-out batches (kept out of
 * rule writing), so that they are not tuned to 32 articles.
 *
 *   npx tsx scripts/learn/funds.ts
 */
import { extractGraphAsWritten } from "../../src/extract/extract-graph.ts";
import {
  chooseCandidate,
  observeRecipientGroups,
  useRecipientRulesOnly,
  type ChoiceRule,
  type RecipientGroup,
  type RecipientWeights,
} from "../../src/extract/learn/funds-recipient.ts";
import type { LinearWeights } from "../../src/extract/learn/linear-model.ts";
import {
  crossValidate,
  foldOf,
  trainLinearModel,
  type Example,
  type TrainOptions,
} from "../../src/extract/learn/train-linear-model.ts";
import { matchesPattern, type Gold } from "../../src/eval/gold-schema.ts";
import { organizationNames, type OrganizationNames } from "../../src/eval/organization-names.ts";
import { readAnnotated, type AnnotatedArticle, isKeptOut, isNewestBatch } from "./dev-set.ts";
import { CHECKING, saveWeights } from "./save-weights.ts";
import { f1, finite, fitPayer, line, FOLDS as PAYER_FOLDS, type Counts } from "./funds-payer.ts";
import { usePayerWeights, type PayerWeights } from "../../src/extract/learn/funds-payer.ts";

const OUT = "src/extract/learn/funds-recipient.json";
const PAYER_OUT = "src/extract/learn/funds-payer.json";
const FOLDS = 10;
const OPTIONS: Partial<TrainOptions> = { epochs: 12, rate: 0.1, l2: 1e-3, minCount: 3, seed: 1 };
const KEPT_OUT = isKeptOut;
/** The newest kept-out batch, which nothing was fitted to: reported alone, never chosen on. */
const FRESH = isNewestBatch;

/** A choice with an acceptance threshold: what the grid below searches. */
interface Decision extends ChoiceRule {
  readonly acceptAt: number;
}

const RULES_ONLY: Decision = {
  threshold: 0,
  switchMargin: Infinity,
  addThreshold: Infinity,
  actorOverIssue: Infinity,
  moneyIssueOver: Infinity,
  acceptAt: 0,
};
const GRID = {
  // Infinity alone: with the organisations and the money-issue rule of 2026-12, 0.4 was chosen
  // (out of fold within a fact of no switch on both sets) and overrode the rules' recipients in
  // four construction tests ("to the UN agency" → the agency named before, "the same project",
  // a named facility read as a body); too few dev cases to price that.
  switchMargin: [Infinity],
  addThreshold: [0.5, 0.6, 0.7, 0.8, Infinity],
  // Not below 0.9: lower (0.7–0.85, better out of fold by about one fact) the rules'
  // construction tests showed it taking the owner of a purpose ("$30 million to make Tuvalu's
  // coastline resilient…", at 0.85 once the kept-out batch 487–518 joined dev), a gapped
  // clause's payer ("A$40m for mine clearance, New Zealand NZ$15m…"), an occasion's guest ("…at
  // a meeting with Bolivia's president") or a speaker's state ("…, the Moroccan finance ministry
  // said") for the recipient over a plain purpose: cases dev holds too few of to price.
  actorOverIssue: [0.9, 0.95, Infinity],
  // An issue that names the money ("issue:loan") or the pot it is paid from gives way sooner, to a
  // party the clause gives money to or one named before (see RecipientCandidate.takes). Not below
  // 0.2: out of fold 0.1 is one fact more on the kept-out articles (160) and one fewer on all dev
  // than 0.3, by parties the model rates 0.1-0.2; 0 is 4 fewer on all dev.
  moneyIssueOver: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, Infinity],
  // 0 alone: 0.2, the same F1 on all dev out of fold and 0.002 more on the kept-out articles
  // (2 facts fewer, 6 false ones fewer), dropped plain facts the rules' construction tests pin
  // ("Seoul will provide 3 billion won to Ukraine refugees in Moldova").
  threshold: [0],
  // 0 alone for the decision: with the own-state and qualified-body rules of 2026-12, 0.5 was
  // chosen (out of fold the same F1 as 0 on all dev and kept out, 4 false facts and 2 true ones
  // fewer on the kept-out articles) and dropped plain facts the construction tests pin ("…will
  // come from the bank", "$5 million a year"). The others are still reported below.
  acceptAt: [0],
};
/** Acceptance thresholds reported beside the decision, not chosen from. */
const ACCEPT_REPORTED = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/** One amount as extraction saw it, with the out-of-fold probabilities filled in later. */
interface Seen {
  readonly article: AnnotatedArticle;
  readonly group: RecipientGroup;
  /** The other names of the article's organisations, as the eval reads patterns. */
  readonly names: OrganizationNames;
  recipient: number[];
  accept: number;
}

type GoldFund = Gold["relations"]["FUNDS"][number];

function holds(
  gold: readonly GoldFund[],
  g: RecipientGroup,
  names: OrganizationNames,
  key?: string,
): boolean {
  return gold.some(
    (f) =>
      matchesPattern(f.from, g.funder, names) &&
      f.amount === g.amount &&
      f.currency === g.currency &&
      (key === undefined || f.to.some((t) => matchesPattern(t, key, names))),
  );
}

/**
 * Runs the extractor over every article, its payers chosen by the payer model of its fold, and
 * keeps each amount's candidates.
 */
function collectGroups(
  articles: readonly AnnotatedArticle[],
  payers: readonly PayerWeights[],
): Seen[] {
  const seen: Seen[] = [];
  // The recipient model's committed weights are not read: earlier amounts keep the rules'
  // recipients, so retraining does not depend on the last result (see useRecipientRulesOnly).
  useRecipientRulesOnly(true);
  for (const article of articles) {
    usePayerWeights(payers[foldOf(article.name, PAYER_FOLDS)]);
    const groups: RecipientGroup[] = [];
    observeRecipientGroups((group) => groups.push(group));
    const doc = extractGraphAsWritten(article.article);
    const names = organizationNames(doc.entities, article.gold.organizations);
    for (const group of groups) seen.push({ article, group, names, recipient: [], accept: 1 });
  }
  observeRecipientGroups(undefined);
  usePayerWeights(undefined);
  useRecipientRulesOnly(false);
  return seen;
}

function recipientExamples(seen: readonly Seen[]): Example[] {
  return seen.flatMap(({ article, group, names }) =>
    group.candidates.map((c) => ({
      features: c.features,
      label: holds(article.gold.relations.FUNDS, group, names, c.key),
      group: article.name,
    })),
  );
}

function acceptExamples(seen: readonly Seen[]): Example[] {
  return seen.map(({ article, group, names }) => ({
    features: group.accept,
    label: holds(article.gold.relations.FUNDS, group, names),
    group: article.name,
  }));
}

/** The facts chosen for each article, scored one to one against its gold as the eval does. */
function score(articles: readonly AnnotatedArticle[], seen: readonly Seen[], d: Decision): Counts {
  const facts = new Map<string, Set<string>>();
  const namesOf = new Map<string, OrganizationNames>();
  for (const { article, group, names, recipient, accept } of seen) {
    namesOf.set(article.name, names);
    if (accept < d.acceptAt) continue;
    const at = chooseCandidate(recipient, group.candidates, d);
    if (at < 0) continue;
    const fact = [group.funder, group.candidates[at]!.key, group.amount, group.currency];
    const set = facts.get(article.name) ?? new Set<string>();
    set.add(fact.join("\t"));
    facts.set(article.name, set);
  }
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const a of articles) {
    const predicted = [...(facts.get(a.name) ?? [])].map((f) => f.split("\t"));
    const names = namesOf.get(a.name);
    const used = new Set<number>();
    for (const g of a.gold.relations.FUNDS) {
      const index = predicted.findIndex(
        ([from, to, amount, currency], i) =>
          !used.has(i) &&
          matchesPattern(g.from, from!, names) &&
          g.to.some((t) => matchesPattern(t, to!, names)) &&
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

/** Every combination of the grid's values. */
function decisions(): Decision[] {
  let out: Record<string, number>[] = [{}];
  for (const [name, values] of Object.entries(GRID))
    out = out.flatMap((d) => values.map((v) => ({ ...d, [name]: v })));
  return out as unknown as Decision[];
}

function fitted(name: string, examples: readonly Example[], threshold: number): LinearWeights {
  const model = trainLinearModel(name, examples, OPTIONS);
  const weights: Record<string, number> = {};
  for (const [f, w] of Object.entries(model.weights)) if (Math.abs(w) >= 0.01) weights[f] = w;
  return { ...model, threshold, weights };
}

/** Facts scored on all dev, on the kept-out articles and on the newest batch alone. */
interface Scores {
  readonly all: Counts;
  readonly kept: Counts;
  readonly fresh: Counts;
}

/** What fitting the recipient and acceptance models gives, read with one set of payer models. */
interface RecipientFit {
  readonly best: Decision;
  readonly recipients: readonly Example[];
  readonly accepts: readonly Example[];
  readonly rules: Scores;
  readonly model: Scores;
  readonly report: readonly string[];
}

/**
 * Reads every article with its fold's payer model, fits the recipient and acceptance models out
 * of fold and picks their decision on the mean of all dev's and the kept-out articles' F1.
 */
function fitRecipients(
  articles: readonly AnnotatedArticle[],
  payers: readonly PayerWeights[],
): RecipientFit {
  const keptOut = articles.filter((a) => KEPT_OUT(a.number));
  const seen = collectGroups(articles, payers);
  const keptSeen = seen.filter((x) => KEPT_OUT(x.article.number));
  const fresh = articles.filter((a) => FRESH(a.number));
  const freshSeen = seen.filter((x) => FRESH(x.article.number));
  const recipients = recipientExamples(seen);
  const accepts = acceptExamples(seen);
  const oof = crossValidate(recipients, FOLDS, OPTIONS);
  const oofAccept = crossValidate(accepts, FOLDS, OPTIONS);
  let next = 0;
  seen.forEach((x, i) => {
    x.recipient = x.group.candidates.map(() => oof[next++]!);
    x.accept = oofAccept[i]!;
  });
  const both = (d: Decision): Scores => ({
    all: score(articles, seen, d),
    kept: score(keptOut, keptSeen, d),
    fresh: score(fresh, freshSeen, d),
  });
  let best = { d: RULES_ONLY, value: -1 };
  for (const d of decisions()) {
    const s = both(d);
    const value = (f1(s.all) + f1(s.kept)) / 2;
    if (value > best.value + 1e-9) best = { d, value };
  }
  const rules = both(RULES_ONLY);
  const model = both(best.d);
  const recipientOnly = both({ ...best.d, acceptAt: 0 });
  const report = [
    `${seen.length} amounts, ${recipients.length} candidates`,
    line("rules, all dev", rules.all),
    line("model (oof), all dev", model.all),
    line("  recipient only, all dev", recipientOnly.all),
    line("rules, kept out", rules.kept),
    line("model (oof), kept out", model.kept),
    line("  recipient only, kept out", recipientOnly.kept),
    line("rules, fresh", rules.fresh),
    line("model (oof), fresh", model.fresh),
    `decision: ${JSON.stringify(best.d)}`,
  ];
  for (const acceptAt of ACCEPT_REPORTED) {
    const s = both({ ...best.d, acceptAt });
    report.push(`${line(`  accept at ${acceptAt}, all dev`, s.all)} ${line("kept out", s.kept)}`);
  }
  return { best: best.d, recipients, accepts, rules, model, report };
}

/** The payer models with `addThreshold` for "add" (Infinity: an unpaid amount keeps none). */
function withAdd(w: PayerWeights, addThreshold: number): PayerWeights {
  return { ...w, addThreshold: finite(addThreshold) };
}

/**
 * The thresholds the payer model's "add" is tried at, end to end; the last turns it off. Not below
 * 0.8: on 586 articles 0.7 was chosen (out of fold a fact more on the kept-out articles than 0.8,
 * the same F1 on all dev) and gave a state's own money told plainly ("the government would put 2
 * billion kwacha into rebuilding schools", 0.77) to the state of the report, which the payer's
 * construction tests keep without a payer.
 */
const ADD_AT = [0.8, 0.9, Infinity];

async function main(): Promise<void> {
  const articles = await readAnnotated("dev");
  const payer = fitPayer(articles);
  for (const l of payer.report) console.log(l);
  // The payer model's "add" is judged on the FUNDS facts it makes, not on payers alone: a
  // threshold stands only when, out of fold, it raises the F1 of all dev and of the kept-out
  // articles both over no "add"; among those, the best on their mean.
  const fits = ADD_AT.map((at) => ({
    at,
    fit: fitRecipients(
      articles,
      payer.folds.map((w) => withAdd(w, at)),
    ),
  }));
  const off = fits.at(-1)!;
  let chosen = off;
  const mean = (x: RecipientFit): number => (f1(x.model.all) + f1(x.model.kept)) / 2;
  for (const x of fits) {
    console.log(line(`FUNDS, payer add at ${x.at}, all dev`, x.fit.model.all));
    console.log(line(`FUNDS, payer add at ${x.at}, kept out`, x.fit.model.kept));
    const raises =
      f1(x.fit.model.all) > f1(off.fit.model.all) && f1(x.fit.model.kept) > f1(off.fit.model.kept);
    if (raises && mean(x.fit) > mean(chosen.fit) + 1e-9) chosen = x;
  }
  console.log(`payer add at: ${chosen.at}`);
  const payerWeights = withAdd(payer.weights, chosen.at);
  saveWeights(PAYER_OUT, `${JSON.stringify(payerWeights, null, 2)}\n`);
  if (!CHECKING)
    console.log(`wrote ${PAYER_OUT}: ${Object.keys(payerWeights.weights).length} features`);
  const fit = chosen.fit;
  for (const l of fit.report) console.log(l);
  const out: RecipientWeights = {
    ...fitted("FUNDS recipient", fit.recipients, fit.best.threshold),
    switchMargin: finite(fit.best.switchMargin),
    addThreshold: finite(fit.best.addThreshold),
    actorOverIssue: finite(fit.best.actorOverIssue),
    moneyIssueOver: finite(fit.best.moneyIssueOver),
    accept: fitted("FUNDS accept", fit.accepts, fit.best.acceptAt),
  };
  saveWeights(OUT, `${JSON.stringify(out, null, 2)}\n`);
  const size = Object.keys(out.weights).length + Object.keys(out.accept.weights).length;
  if (!CHECKING) console.log(`wrote ${OUT}: ${size} features`);
}

await main();
