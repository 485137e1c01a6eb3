/**
 * Where a split's gold OPPOSES stances are lost with the committed weights (see opp-loss.ts):
 *
 *   npx tsx scripts/learn/opp-loss-split.ts [--fixtures test/fixtures/pending] [--split dev]
 *
 * For the development split itself the committed weights were fitted to it: scripts/learn/opp.ts
 * gives the breakdown out of fold.
 */
import { parseArgs } from "node:util";
import { organizationNames, type OrganizationNames } from "../../src/eval/organization-names.ts";
import { extractGraphAsWritten } from "../../src/extract/extract-graph.ts";
import { LinearModel } from "../../src/extract/learn/linear-model.ts";
import { listenToStances } from "../../src/extract/learn/opp-decide.ts";
import { observeTargetGroups, type TargetGroup } from "../../src/extract/learn/opp-target.ts";
import ruleWeights from "../../src/extract/learn/opp-rule-weights.json" with { type: "json" };
import wideWeights from "../../src/extract/learn/opp-wide-weights.json" with { type: "json" };
import labelWeights from "../../src/extract/learn/opp-label-weights.json" with { type: "json" };
import { readAnnotated } from "./dev-set.ts";
import { lossBreakdown, lossLine, type WeighedPair } from "./opp-loss.ts";

const { values } = parseArgs({
  options: {
    fixtures: { type: "string", default: "test/fixtures/pending" },
    split: { type: "string", default: "dev" },
    details: { type: "boolean", default: false },
  },
});
const models = {
  rule: new LinearModel(ruleWeights),
  wide: new LinearModel(wideWeights),
  label: new LinearModel(labelWeights),
};
const articles = await readAnnotated(values.split, values.fixtures);
const pairs: WeighedPair[] = [];
const groups = new Map<string, TargetGroup[]>();
const namesOf = new Map<string, OrganizationNames>();
for (const a of articles) {
  const list: TargetGroup[] = [];
  observeTargetGroups((g) => list.push(g));
  listenToStances((c) => {
    const model =
      c.mention === undefined
        ? models.wide
        : c.mention.learned === true
          ? models.label
          : models.rule;
    const stands = model.probability(c.weighed) >= model.threshold;
    pairs.push({
      article: a.name,
      holder: c.holder,
      target: c.target,
      sentence: c.sentence,
      stands,
    });
  });
  const doc = extractGraphAsWritten(a.article);
  groups.set(a.name, list);
  namesOf.set(a.name, organizationNames(doc.entities, a.gold.organizations));
}
listenToStances(undefined);
observeTargetGroups(undefined);
const counts = lossBreakdown(articles, pairs, groups, namesOf);
if (values.details) console.log(counts.lost.join("\n"));
console.log(lossLine(`${values.fixtures} ${values.split}`, counts));
