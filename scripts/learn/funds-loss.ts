/**
 * A loss breakdown of FUNDS recipients on a fixture split the recipient model was not fitted to
 * (the readable pending batch): for each amount whose payer, amount and currency the gold holds,
 * whether the recipient chosen is right, and if not, whether a right one was among the candidates
 * (outscored, and by what kind; or none chosen) or never generated. Writes every amount with its
 * candidates, their probabilities under the committed model and their labels to a JSON file.
 *
 *   npx tsx scripts/learn/funds-loss.ts test/fixtures/pending /tmp/funds-loss.json
 */
import { writeFileSync } from "node:fs";
import { extractGraph } from "../../src/extract/extract-graph.ts";
import {
  chooseCandidate,
  observeRecipientGroups,
  type RecipientGroup,
  type RecipientWeights,
} from "../../src/extract/learn/funds-recipient.ts";
import { LinearModel } from "../../src/extract/learn/linear-model.ts";
import trained from "../../src/extract/learn/funds-recipient.json" with { type: "json" };
import { matchesPattern } from "../../src/eval/gold-schema.ts";
import { organizationNames } from "../../src/eval/organization-names.ts";
import { readAnnotated } from "./dev-set.ts";

const [fixtures = "test/fixtures/pending", out = "/tmp/funds-loss.json"] = process.argv.slice(2);
const WEIGHTS = trained as RecipientWeights;
const MODEL = new LinearModel(WEIGHTS);
const articles = await readAnnotated("dev", fixtures);
const seen: unknown[] = [];
const classes = new Map<string, number>();
const count = (c: string): void => void classes.set(c, (classes.get(c) ?? 0) + 1);
/** A candidate's kind: its type, whether the rules chose it, where it was found. */
const kind = (c: RecipientGroup["candidates"][number]): string => {
  const place = c.features.find((x) => x.startsWith("place:"))?.slice("place:".length);
  return `${c.key.slice(0, c.key.indexOf(":"))}${c.rule ? "/rule" : ""}/${place ?? "sentence"}`;
};
for (const article of articles) {
  const groups: RecipientGroup[] = [];
  observeRecipientGroups((g) => groups.push(g));
  const doc = extractGraph(article.article);
  observeRecipientGroups(undefined);
  const names = organizationNames(doc.entities, article.gold.organizations);
  const gold = article.gold.relations.FUNDS;
  for (const g of groups) {
    const p = g.candidates.map((c) => MODEL.probability(c.features));
    const pays = gold.filter(
      (f) =>
        matchesPattern(f.from, g.funder, names) &&
        f.amount === g.amount &&
        f.currency === g.currency,
    );
    const chosen = chooseCandidate(p, g.candidates, WEIGHTS);
    const right = g.candidates.map((c) =>
      pays.some((f) => f.to.some((t) => matchesPattern(t, c.key, names))),
    );
    if (pays.length > 0) {
      const best = p.indexOf(Math.max(...p));
      if (chosen >= 0 && right[chosen]) count("right");
      else if (!right.includes(true)) count(`never generated${chosen < 0 ? ", none chosen" : ""}`);
      else if (chosen < 0) count("generated, none chosen");
      else if (right[best])
        count(`the model rates a right one best; ${kind(g.candidates[chosen]!)} kept`);
      else count(`a right one outscored by ${kind(g.candidates[best]!)}`);
    }
    seen.push({
      article: article.name,
      funder: g.funder,
      amount: g.amount,
      currency: g.currency,
      chosen,
      payerRight: pays.length > 0,
      candidates: g.candidates.map((c, i) => ({
        key: c.key,
        rule: c.rule,
        takes: c.takes,
        money: c.money,
        p: p[i],
        right: right[i],
        features: c.features,
      })),
    });
  }
}
const gold = Object.fromEntries(articles.map((a) => [a.name, a.gold.relations.FUNDS]));
writeFileSync(out, JSON.stringify({ seen, gold }));
console.log(`${seen.length} amounts written to ${out}`);
for (const [c, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${c}`);
