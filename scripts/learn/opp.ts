/**
 * Trains the OPPOSES classifiers (src/extract/learn/opp-decide.ts) on the development articles and
 * writes their weights to src/extract/learn/opp-{rule,wide,label}-weights.json: one weighs the
 * rules' proposals, one the pairs only the wide generator proposes, one the quoted labels no rule
 * decides (opposition-labelled.ts).
 *
 *   npx tsx scripts/learn/opp.ts [--rule-threshold 0|t|search] [--folds 10] [--drop prefix,…]
 *                                [--rules-only] [--dry] [--dump file] [--cache file] [--check]
 *
 * --check compares the weights with the committed files instead of writing them (save-weights.ts).
 *
 * Every candidate the extractor weighs is read with its features (listenToStances) and labelled
 * by its article's gold: positive when the gold holds that holder and target (for a wide pair or a
 * label, a gold stance no rule proposal matches). Figures are facts as the eval scores them, out of fold
 * (10 folds by article), for all dev and for the kept-out batches, which no rule was written against;
 * the three thresholds are those that maximise the sum of the two F1s.
 *
 * The rule threshold is 0 unless asked otherwise: every rule proposal stands. Searched
 * (--rule-threshold search), 0.3–0.4 drops a few more wrong stances than right ones out of fold
 * but also ~15 of the constructions test/unit/extract pins, a choice left to whoever owns them.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { matchesPattern, type Gold } from "../../src/eval/gold-schema.ts";
import { organizationNames, type OrganizationNames } from "../../src/eval/organization-names.ts";
import { emptyScore, f1, matchItems, type TypeScore } from "../../src/eval/score.ts";
import { extractGraphAsWritten } from "../../src/extract/extract-graph.ts";
import { listenToStances } from "../../src/extract/learn/opp-decide.ts";
import { observeTargetGroups, type TargetGroup } from "../../src/extract/learn/opp-target.ts";
import {
  crossValidate,
  trainLinearModel,
  type Example,
} from "../../src/extract/learn/train-linear-model.ts";
import { readAnnotated, type AnnotatedArticle, isKeptOut, isNewestBatch } from "./dev-set.ts";
import { lossBreakdown, lossLine } from "./opp-loss.ts";
import { saveWeights } from "./save-weights.ts";

const RULE_WEIGHTS = "src/extract/learn/opp-rule-weights.json";
const WIDE_WEIGHTS = "src/extract/learn/opp-wide-weights.json";
const LABEL_WEIGHTS = "src/extract/learn/opp-label-weights.json";
const UNSEEN = isKeptOut;
const OPTIONS = { epochs: 12, rate: 0.1, l2: 1e-4, minCount: 3, seed: 1 };

/** The thresholds of the rule, wide and label models, in that order. */
type Thresholds = readonly [number, number, number];

interface Seen {
  readonly article: AnnotatedArticle;
  readonly holder: string;
  readonly target: string;
  readonly rule: boolean;
  /** A label no rule decides (opposition-labelled.ts), weighed by a model of its own. */
  readonly label: boolean;
  readonly features: readonly string[];
  readonly what: string;
  readonly sentence: number;
}

const { values } = parseArgs({
  options: {
    folds: { type: "string", default: "10" },
    drop: { type: "string", default: "" },
    "rules-only": { type: "boolean", default: false },
    dry: { type: "boolean", default: false },
    "rule-threshold": { type: "string", default: "0" },
    dump: { type: "string" },
    cache: { type: "string" },
    check: { type: "boolean", default: false },
  },
});
const drops = values.drop.split(",").filter((d) => d.length > 0);

const articles = await readAnnotated("dev");
/** Per article, the other names of its organisations, as the eval reads `org:~` patterns. */
const namesOf = new Map<string, OrganizationNames>();
/** What holdsOnce answered, per gold stance and (holder, target). */
const held = new WeakMap<Gold["relations"]["OPPOSES"][number], Map<string, boolean>>();
/** Per article, the target switch's candidates of each rules' stance (opp-target.ts). */
const groupsOf = new Map<string, TargetGroup[]>();
const seen = collected(articles).filter((c) => c.rule || !values["rules-only"]);
const ruleCandidates = seen.filter((c) => c.rule && !c.label);
const examples: Example[] = seen.map((c) => ({
  features: c.features.filter((f) => !drops.some((d) => f.startsWith(d))),
  label: holds(
    c.rule && !c.label ? c.article.gold.relations.OPPOSES : leftByRules(c.article),
    namesOf.get(c.article.name),
    c.holder,
    c.target,
  ),
  group: c.article.name,
}));
console.log(
  `${articles.length} articles, ${examples.length} candidates (${ruleCandidates.length} from rules, ${seen.filter((c) => c.label).length} labels), ${examples.filter((e) => e.label).length} positive`,
);
// Three models: one weighs the rules' proposals, one the wide generator's other pairs, one the labels.
const ruleIdx = seen.flatMap((c, i) => (c.rule && !c.label ? [i] : []));
// The wide and label models learn only pairs no rule proposed anywhere in the article: the others
// stand or fall by the rule model, whatever they say of them.
const ruleFacts = new Set(seen.filter((c) => c.rule && !c.label).map(factKey));
const wideIdx = seen.flatMap((c, i) => (c.rule || ruleFacts.has(factKey(c)) ? [] : [i]));
const labelIdx = seen.flatMap((c, i) => (c.label && !ruleFacts.has(factKey(c)) ? [i] : []));
const oofRule = crossValidate(
  ruleIdx.map((i) => examples[i]!),
  Number(values.folds),
  OPTIONS,
);
const oofWide = crossValidate(
  wideIdx.map((i) => examples[i]!),
  Number(values.folds),
  OPTIONS,
);
const oofLabel = crossValidate(
  labelIdx.map((i) => examples[i]!),
  Number(values.folds),
  OPTIONS,
);
const oof = new Array<number>(seen.length).fill(0);
ruleIdx.forEach((i, k) => (oof[i] = oofRule[k]!));
wideIdx.forEach((i, k) => (oof[i] = oofWide[k]!));
labelIdx.forEach((i, k) => (oof[i] = oofLabel[k]!));

const rules = seen.map((c) => (c.rule && !c.label ? 1 : 0));
report("rules alone", articles, seen, rules, [0.5, 0.5, 0.5]);
report(
  "every candidate",
  articles,
  seen,
  rules.map(() => 1),
  [0.5, 0.5, 0.5],
);
// The thresholds: the best sum of the two F1s among those that raise both above the rules' own;
// when none does, the rules' own output (0 keeps every rule proposal, 1 adds no wide pair nor
// label). Ties go to the setting nearer the rules, and so does a gain under MIN_GAIN: the grid is
// scanned from the rules' setting outwards, and a setting further out must beat the best so far by
// MIN_GAIN (summed F1, a handful of facts in ~2,150). On 622 articles the label threshold's curve
// was flat to 0.001 from 0.3 to 0.9 (5 facts more, 8 false ones fewer), and three retrains in a row
// had moved it 1 → 0.6 → 1 → 0.3 with the split. A rule threshold given on the command line is kept.
const MIN_GAIN = 0.002;
const base = [
  f1(scoreFacts(articles, seen, rules, [0.5, 0.5, 0.5], () => true)).f1,
  f1(scoreFacts(articles, seen, rules, [0.5, 0.5, 0.5], UNSEEN)).f1,
];
const ruleThresholds =
  values["rule-threshold"] === "search"
    ? [0, ...Array.from({ length: 17 }, (_, k) => 0.1 + k * 0.05)]
    : [Number(values["rule-threshold"])];
const wideThresholds = [1, ...Array.from({ length: 16 }, (_, k) => 0.95 - k * 0.05)];
let best = { threshold: [ruleThresholds[0]!, 1, 1] as Thresholds, score: -1 };
for (const tr of ruleThresholds)
  for (const tw of wideThresholds)
    for (const tl of wideThresholds) {
      const round = (x: number): number => Math.round(x * 1000) / 1000;
      const t: Thresholds = [round(tr), round(tw), round(tl)];
      const all = f1(scoreFacts(articles, seen, oof, t, () => true)).f1;
      const unseen = f1(scoreFacts(articles, seen, oof, t, UNSEEN)).f1;
      if (all <= base[0]! || unseen <= base[1]!) continue;
      if (all + unseen > best.score + (best.score < 0 ? 1e-9 : MIN_GAIN))
        best = { threshold: t, score: all + unseen };
    }
report(`model, out of fold`, articles, seen, oof, best.threshold);
for (const tw of [0.5, 0.6, 0.7, 0.8, 0.9])
  report(`  wide at ${tw}`, articles, seen, oof, [best.threshold[0], tw, best.threshold[2]]);
for (const tl of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
  report(`  label at ${tl}`, articles, seen, oof, [best.threshold[0], best.threshold[1], tl]);
for (const tr of [0.2, 0.3, 0.4, 0.5])
  report(`  rule at ${tr}`, articles, seen, oof, [tr, best.threshold[1], best.threshold[2]]);
// Where the gold stances the model's choice misses out of fold are lost (opp-loss.ts).
for (const [part, keep] of [
  ["loss, all dev", () => true],
  ["loss, kept out", UNSEEN],
] as const) {
  const pairs = seen.flatMap((c, i) =>
    keep(c.article.number)
      ? [{ ...c, article: c.article.name, stands: oof[i]! >= best.threshold[familyOf(c)] }]
      : [],
  );
  const list = articles.filter((a) => keep(a.number));
  console.log(lossLine(part, lossBreakdown(list, pairs, groupsOf, namesOf)));
}

// --dump <file>: the wide pairs by out-of-fold probability, to read what the model gets wrong.
if (values.dump !== undefined) {
  const dump = wideIdx
    .map((i) => ({ c: seen[i]!, p: oof[i]!, y: examples[i]!.label }))
    .sort((a, b) => b.p - a.p)
    .map(
      ({ c, p, y }) =>
        `${p.toFixed(2)} ${y ? "+" : "-"} ${c.article.name.slice(0, 3)} s${c.sentence} ${c.holder} -> ${c.target} | ${c.what}`,
    );
  writeFileSync(values.dump, dump.join("\n"));
}
if (!values.dry) {
  for (const [name, idx, t] of [
    ["OPPOSES rule candidate", ruleIdx, best.threshold[0]],
    ["OPPOSES wide candidate", wideIdx, best.threshold[1]],
    ["OPPOSES label candidate", labelIdx, best.threshold[2]],
  ] as const) {
    const model = trainLinearModel(
      name,
      idx.map((i) => examples[i]!),
      OPTIONS,
    );
    const weights: Record<string, number> = {};
    for (const [f, w] of Object.entries(model.weights)) if (Math.abs(w) >= 0.01) weights[f] = w;
    const file = name.includes("rule")
      ? RULE_WEIGHTS
      : name.includes("label")
        ? LABEL_WEIGHTS
        : WIDE_WEIGHTS;
    saveWeights(file, `${JSON.stringify({ ...model, threshold: t, weights }, null, 2)}\n`);
    if (!values.check)
      console.log(`wrote ${file}: ${Object.keys(weights).length} features, threshold ${t}`);
  }
}

/** Which model weighs a candidate: 0 the rules', 1 the wide pairs', 2 the labels'. */
function familyOf(c: Seen): 0 | 1 | 2 {
  return c.label ? 2 : c.rule ? 0 : 1;
}

function factKey(c: Seen): string {
  return `${c.article.name}|${c.holder}|${c.target}`;
}

/** collect's candidates, read from --cache when it was written by an earlier run (experiments). */
function collected(list: readonly AnnotatedArticle[]): Seen[] {
  const file = values.cache;
  if (file === undefined) return collect(list);
  if (!existsSync(file)) {
    const fresh = collect(list);
    const rows = fresh.map((c) => ({ ...c, article: c.article.name }));
    const names = [...namesOf].map(([article, map]) => [article, [...map]]);
    writeFileSync(file, JSON.stringify({ rows, names, groups: [...groupsOf] }));
    return fresh;
  }
  const byName = new Map(list.map((a) => [a.name, a]));
  const cached = JSON.parse(readFileSync(file, "utf8")) as {
    rows: (Omit<Seen, "article"> & { article: string })[];
    names: [string, [string, string[]][]][];
    groups?: [string, TargetGroup[]][];
  };
  for (const [article, names] of cached.names) namesOf.set(article, new Map(names));
  for (const [article, groups] of cached.groups ?? []) groupsOf.set(article, groups);
  return cached.rows.map((r) => ({ ...r, article: byName.get(r.article)! }));
}

/** Every candidate the extractor weighs in each article. */
function collect(list: readonly AnnotatedArticle[]): Seen[] {
  const out: Seen[] = [];
  for (const article of list) {
    const groups: TargetGroup[] = [];
    observeTargetGroups((g) => groups.push(g));
    groupsOf.set(article.name, groups);
    listenToStances((c) =>
      out.push({
        what: c.what,
        sentence: c.sentence,
        article,
        holder: c.holder,
        target: c.target,
        rule: c.mention !== undefined,
        label: c.mention?.learned === true,
        features: c.weighed,
      }),
    );
    const doc = extractGraphAsWritten(article.article);
    namesOf.set(article.name, organizationNames(doc.entities, article.gold.organizations));
  }
  listenToStances(undefined);
  observeTargetGroups(undefined);
  return out;
}

/**
 * The gold stances no rule proposal matches: a wide pair that matches only one of those is a new
 * fact; one that matches a stance already found ("Egypt → Ethiopia" where the rules gave "Egypt →
 * the dam", both acceptable) would be an extra.
 */
function leftByRules(a: AnnotatedArticle): Gold["relations"]["OPPOSES"] {
  const proposed = ruleCandidates.filter((c) => c.article === a);
  const names = namesOf.get(a.name);
  return a.gold.relations.OPPOSES.filter(
    (g) => !proposed.some((c) => holds([g], names, c.holder, c.target)),
  );
}

/** Whether the gold holds that stance, patterns read as the eval reads them. */
function holds(
  gold: Gold["relations"]["OPPOSES"],
  names: OrganizationNames | undefined,
  holder: string,
  target: string,
): boolean {
  return gold.some(
    (g) =>
      matchesPattern(g.from, holder, names) && g.to.some((t) => matchesPattern(t, target, names)),
  );
}

/** Whether one gold stance holds that one, remembered (held): the threshold search asks it often. */
function holdsOnce(
  g: Gold["relations"]["OPPOSES"][number],
  names: OrganizationNames | undefined,
  holder: string,
  target: string,
): boolean {
  let known = held.get(g);
  if (known === undefined) held.set(g, (known = new Map<string, boolean>()));
  const key = `${holder}\u0000${target}`;
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = holds([g], names, holder, target)));
  return answer;
}

/**
 * Facts as the eval scores them: per article, each (holder, target) whose best candidate reaches
 * the threshold, matched one to one against the gold.
 */
function scoreFacts(
  list: readonly AnnotatedArticle[],
  candidates: readonly Seen[],
  p: readonly number[],
  threshold: Thresholds,
  keep: (n: number) => boolean,
): TypeScore {
  const score = emptyScore();
  const facts = new Map<string, Set<string>>();
  candidates.forEach((c, i) => {
    if (p[i]! < threshold[familyOf(c)] || !keep(c.article.number)) return;
    const set = facts.get(c.article.name) ?? new Set<string>();
    set.add(`${c.holder}\u0000${c.target}`);
    facts.set(c.article.name, set);
  });
  for (const a of list) {
    if (!keep(a.number)) continue;
    const predicted = [...(facts.get(a.name) ?? [])].map(
      (k) => k.split("\u0000") as [string, string],
    );
    matchItems(
      score,
      a.gold.relations.OPPOSES,
      predicted,
      (g, [from, to]) => holdsOnce(g, namesOf.get(a.name), from, to),
      { gold: (g) => g.from, predicted: ([from, to]) => `${from} → ${to}` },
      a.name,
    );
  }
  return score;
}

function report(
  label: string,
  list: readonly AnnotatedArticle[],
  candidates: readonly Seen[],
  p: readonly number[],
  threshold: Thresholds,
): void {
  for (const [part, keep] of [
    ["all dev", () => true],
    ["kept out", UNSEEN],
    // The newest kept-out batch, nothing fitted to it before it joined: reported, never chosen on.
    ["fresh", isNewestBatch],
  ] as const) {
    const s = scoreFacts(list, candidates, p, threshold, keep);
    const { precision, recall, f1: f } = f1(s);
    console.log(
      `${label.padEnd(22)} ${part.padEnd(8)} t=${threshold.map((t) => t.toFixed(2)).join("/")} tp ${s.tp} fp ${s.fp} fn ${s.fn}  P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f.toFixed(3)}`,
    );
  }
}
