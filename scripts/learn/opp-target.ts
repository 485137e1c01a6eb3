/**
 * Trains the OPPOSES target switch model (src/extract/learn/opp-target.ts) on the development
 * split and writes its weights to src/extract/learn/opp-target-weights.json.
 *
 *   npx tsx scripts/learn/opp-target.ts [--drop prefix,…] [--dump file] [--dry] [--l2 1e-3]
 *                                       [--ties drop|wrong|right] [--check]
 *
 * --check compares the weights with the committed file instead of writing it (save-weights.ts).
 *
 * Every stance the rules find is a group of candidate targets, the rules' own first (see
 * targetCandidates). Each other candidate is an example: right when its article's gold holds an
 * OPPOSES fact from that holder whose `to` alternatives match it and none matches the rules'
 * target, so that replacing the rules' target gains a fact; wrong when it matches none. The model
 * learns from the stances whose holder the gold holds. A candidate as right as the rules' target
 * (another of the gold's alternatives: "Norway called the Swedish levy discriminatory", the levy
 * and Sweden) is no gain and counts as wrong (--ties wrong), 824 such examples against 211 right
 * ones on the 716-article split. Left out (--ties drop) or counted right (--ties right), out of
 * fold the same within a few facts (kept out F1 0.622 and 0.623 against 0.621), but the model
 * then takes 'Ghana summoned …' and like constructions test/unit/extract pins to the state named
 * rather than the thing. The switch threshold is picked on
 * out-of-fold probabilities (10 folds by article), scoring facts as the eval does on all dev and on the
 * kept-out batches: the best sum of the two F1s among thresholds that raise both, so that it is
 * tuned neither to the articles the rules were written on nor to the kept-out ones alone.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { matchesPattern, type Gold } from "../../src/eval/gold-schema.ts";
import { organizationNames, type OrganizationNames } from "../../src/eval/organization-names.ts";
import { emptyScore, f1, matchItems, type TypeScore } from "../../src/eval/score.ts";
import { extractGraphAsWritten } from "../../src/extract/extract-graph.ts";
import { LinearModel } from "../../src/extract/learn/linear-model.ts";
import {
  chooseTarget,
  observeTargetGroups,
  type TargetGroup,
} from "../../src/extract/learn/opp-target.ts";
import {
  foldOf,
  trainLinearModel,
  type Example,
} from "../../src/extract/learn/train-linear-model.ts";
import { readAnnotated, type AnnotatedArticle, isKeptOut } from "./dev-set.ts";
import { saveWeights } from "./save-weights.ts";

const OUT = "src/extract/learn/opp-target-weights.json";
const FOLDS = 10;
/** The switch thresholds searched; 2, which no probability reaches, keeps every rules' target. */
const RULES_ONLY = 2;
// Not below 0.75: at 0.7 (out of fold as good on the 458-article split) it gave 'Kenya said the
// new Ugandan levy "undermines…"' to Uganda over the levy, against a construction test; the
// gold takes either, so the switch gains nothing there.
const GRID = [0.75, 0.8, 0.85, 0.9, 0.95, RULES_ONLY];
/**
 * The thresholds searched for a party only an earlier sentence named (opp-discourse-targets.ts),
 * a candidate of another kind. Not below 0.6: at 0.5 and below (out of fold about as good on the
 * 554-article split) it took the opener of a sentence whose words were another's for 'the
 * statement' ('Ethiopia, Eritrea's information minister said, …. Djibouti rejected the
 * statement', 0.57) and, from 0.4, the doer for 'Poland condemned the attack', against
 * construction tests that keep the rules' reading.
 */
const MEMORY_GRID = [0.6, 0.7, 0.8, 0.9, RULES_ONLY];
/** Lower thresholds, shown for comparison only. */
const SHOWN = [0.3, 0.4, 0.5, 0.6, 0.7];

const { values } = parseArgs({
  options: {
    drop: { type: "string", default: "" },
    dump: { type: "string" },
    dry: { type: "boolean", default: false },
    l2: { type: "string", default: "1e-3" },
    check: { type: "boolean", default: false },
    ties: { type: "string", default: "wrong" },
  },
});
const OPTIONS = { epochs: 12, rate: 0.1, l2: Number(values.l2), minCount: 3, seed: 1 };
const drops = values.drop.split(",").filter((d) => d.length > 0);

type GoldStance = Gold["relations"]["OPPOSES"][number];

/** One stance as extraction saw it, with the out-of-fold probabilities filled in later. */
interface Seen {
  readonly article: AnnotatedArticle;
  readonly group: TargetGroup;
  /** The other names of the article's organisations, as the eval reads patterns. */
  readonly names: OrganizationNames;
  /** Per candidate: whether the gold holds a stance of the holder against it. */
  readonly labels: readonly boolean[];
  /** Whether the gold holds any stance of the holder. */
  readonly holderRight: boolean;
  p: number[];
}

function holds(
  gold: readonly GoldStance[],
  names: OrganizationNames,
  holder: string,
  key?: string,
): boolean {
  return gold.some(
    (g) =>
      matchesPattern(g.from, holder, names) &&
      (key === undefined || g.to.some((t) => matchesPattern(t, key, names))),
  );
}

/**
 * Every stance's candidates, labelled once the article is extracted: the eval reads an
 * `org:~imf` pattern against the organisations' names too, which only the finished graph gives.
 */
function collect(articles: readonly AnnotatedArticle[]): Seen[] {
  const seen: Seen[] = [];
  for (const article of articles) {
    const gold = article.gold.relations.OPPOSES;
    const groups: TargetGroup[] = [];
    observeTargetGroups((group) => groups.push(group));
    const doc = extractGraphAsWritten(article.article);
    const names = organizationNames(doc.entities, article.gold.organizations);
    for (const group of groups)
      seen.push({
        article,
        group,
        names,
        labels: group.candidates.map((c) => holds(gold, names, group.holder, c.key)),
        holderRight: holds(gold, names, group.holder),
        p: [],
      });
  }
  observeTargetGroups(undefined);
  return seen;
}

function features(fs: readonly string[]): string[] {
  return fs.filter((f) => !drops.some((d) => f.startsWith(d)));
}

/**
 * The other candidates of stances whose holder is right: right only where the rules' target is
 * not, since replacing a right target gains nothing ("Norway called the Swedish levy
 * discriminatory" is against the levy and against Sweden alike); a candidate right where the
 * rules' target is right too is left out, or counted as `--ties` says.
 */
function examplesOf(seen: readonly Seen[]): Example[] {
  return seen.flatMap((x) =>
    !x.holderRight
      ? []
      : x.group.candidates.slice(1).flatMap((c, i) =>
          values.ties === "drop" && x.labels[i + 1]! && x.labels[0]!
            ? []
            : [
                {
                  features: features(c.features),
                  label: x.labels[i + 1]! && (values.ties === "right" || !x.labels[0]!),
                  group: x.article.name,
                },
              ],
        ),
  );
}

/**
 * Out-of-fold probabilities for every candidate, folds dealt as crossValidate deals them: each
 * fold's model learns from the other folds and scores all of this fold's candidates, those of
 * stances it could not learn from too (a holder the gold lacks), as run time would.
 */
function scoreOutOfFold(list: readonly Seen[]): void {
  for (let k = 0; k < FOLDS; k++) {
    const fold = examplesOf(list.filter((x) => foldOf(x.article.name, FOLDS) !== k));
    const model = new LinearModel(trainLinearModel("fold", fold, OPTIONS));
    for (const x of list)
      if (foldOf(x.article.name, FOLDS) === k)
        x.p = x.group.candidates.map((c, i) =>
          i === 0 ? 0 : model.probability(features(c.features)),
        );
  }
}

interface Scored {
  readonly s: TypeScore;
  /** Stances whose target the model changed: to a right one from a wrong one, and the reverse. */
  readonly changes: number;
  readonly gains: number;
  readonly losses: number;
}

/** The facts chosen for each article, scored against its gold as the eval does. */
function score(
  articles: readonly AnnotatedArticle[],
  seen: readonly Seen[],
  t: number,
  m: number,
): Scored {
  const facts = new Map<string, Set<string>>();
  const namesOf = new Map<string, OrganizationNames>();
  let changes = 0;
  let gains = 0;
  let losses = 0;
  for (const x of seen) {
    const at = chooseTarget(
      x.p,
      t,
      m,
      x.group.candidates.map((c) => c.remembered),
      x.group.candidates[0]!.key === x.group.holder,
    );
    const key = x.group.candidates[at]!.key;
    // The graph keeps no stance of a party against itself.
    if (key === x.group.holder) continue;
    if (at > 0) {
      changes++;
      if (x.labels[at]! && !x.labels[0]!) gains++;
      if (!x.labels[at]! && x.labels[0]!) losses++;
    }
    const set = facts.get(x.article.name) ?? new Set<string>();
    facts.set(x.article.name, set.add(`${x.group.holder}\u0000${key}`));
    namesOf.set(x.article.name, x.names);
  }
  const s = emptyScore();
  for (const a of articles) {
    const predicted = [...(facts.get(a.name) ?? [])].map((k) => k.split("\u0000"));
    const names = namesOf.get(a.name);
    matchItems(
      s,
      a.gold.relations.OPPOSES,
      predicted,
      (g, [from, to]) =>
        matchesPattern(g.from, from!, names) && g.to.some((t) => matchesPattern(t, to!, names)),
      { gold: (g) => g.from, predicted: ([from, to]) => `${from} → ${to}` },
      a.name,
    );
  }
  return { s, changes, gains, losses };
}

function line(label: string, r: Scored): string {
  const { precision, recall, f1: f } = f1(r.s);
  return `${label.padEnd(22)} tp ${r.s.tp} fp ${r.s.fp} fn ${r.s.fn}  P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f.toFixed(3)}  changes ${r.changes} (+${r.gains} -${r.losses})`;
}

/** --dump: every candidate with its label and out-of-fold probability, to read the errors. */
function dump(file: string, seen: readonly Seen[]): void {
  const goldOf = (x: Seen) =>
    x.article.gold.relations.OPPOSES.filter((g) => matchesPattern(g.from, x.group.holder, x.names))
      .map((g) => g.to.join("/"))
      .join(" ; ");
  const rows = seen.flatMap((x) =>
    x.group.candidates.map(
      (c, i) =>
        `${x.article.name.slice(0, 3)} s${x.group.sentence} ${x.group.holder} ${i === 0 ? "R" : " "} ${x.labels[i] ? "+" : "-"} ${x.p[i]!.toFixed(2)} ${c.key} | ${c.features.join(" ")} | ${goldOf(x)}`,
    ),
  );
  writeFileSync(file, rows.join("\n"));
}

const articles = await readAnnotated("dev");
const keptOut = articles.filter((a) => isKeptOut(a.number));
const seen = collect(articles);
const keptSeen = seen.filter((x) => isKeptOut(x.article.number));
const examples = examplesOf(seen);
scoreOutOfFold(seen);
const both = (t: number, m = RULES_ONLY) => ({
  all: score(articles, seen, t, m),
  kept: score(keptOut, keptSeen, t, m),
});
const rules = both(RULES_ONLY);
const base = [f1(rules.all.s).f1, f1(rules.kept.s).f1] as const;
// The threshold: the best sum of the two F1s among those that raise both above the rules' own,
// as for the stance models (scripts/learn/opp.ts); a tie goes to the higher threshold, nearer the
// rules. When none does, the rules' targets all stand.
// The two thresholds are chosen together; of equal sums the higher pair wins.
let best = { t: RULES_ONLY, m: RULES_ONLY, value: base[0] + base[1] };
for (const t of GRID)
  for (const m of MEMORY_GRID) {
    const r = both(t, m);
    const all = f1(r.all.s).f1;
    const kept = f1(r.kept.s).f1;
    if (all <= base[0] + 1e-9 || kept <= base[1] + 1e-9) continue;
    const higher = t + m > best.t + best.m;
    if (all + kept > best.value + 1e-9 || (all + kept > best.value - 1e-9 && higher))
      best = { t, m, value: all + kept };
  }
const model = both(best.t, best.m);
console.log(
  `${articles.length} articles, ${seen.length} stances, ${examples.length} examples, ${examples.filter((e) => e.label).length} positive`,
);
console.log(line("rules, all dev", rules.all));
console.log(line("model (oof), all dev", model.all));
console.log(line("rules, kept out", rules.kept));
console.log(line("model (oof), kept out", model.kept));
console.log(`switch threshold: ${best.t}, for a party named only before: ${best.m}`);
for (const t of [...SHOWN, ...GRID]) {
  const r = both(t);
  console.log(`  at ${t}`.padEnd(10), line("all", r.all), "|", line("kept", r.kept));
}
for (const m of MEMORY_GRID) {
  const r = both(best.t, m);
  console.log(`  mem ${m}`.padEnd(10), line("all", r.all), "|", line("kept", r.kept));
}
if (values.dump !== undefined) dump(values.dump, seen);
if (!values.dry) {
  const fitted = trainLinearModel("OPPOSES target switch", examples, OPTIONS);
  const weights: Record<string, number> = {};
  for (const [f, w] of Object.entries(fitted.weights)) if (Math.abs(w) >= 0.01) weights[f] = w;
  const chosen = { ...fitted, threshold: best.t, memoryThreshold: best.m, weights };
  saveWeights(OUT, `${JSON.stringify(chosen, null, 2)}\n`);
  if (!values.check)
    console.log(
      `wrote ${OUT}: ${Object.keys(weights).length} features, thresholds ${best.t}, ${best.m}`,
    );
}
