/**
 * Where a split's gold MET_WITH pairs are lost with the committed weights (see met-loss.ts):
 *
 *   npx tsx scripts/learn/met-loss-split.ts [--fixtures test/fixtures/pending] [--split dev] [--details]
 *
 * For the development split itself the committed weights were fitted to it: scripts/learn/met.ts
 * gives the breakdown out of fold.
 */
import { parseArgs } from "node:util";
import { addMentionedEntities } from "../../src/extract/add-entities.ts";
import { analyzeArticle } from "../../src/extract/analyze-article.ts";
import { collectFacts } from "../../src/extract/collect-facts.ts";
import { GraphBuilder } from "../../src/extract/graph-builder.ts";
import { MeetingDecisions } from "../../src/extract/learn/met-decisions.ts";
import { metModels } from "../../src/extract/learn/met-model.ts";
import { weighed as isWeighed } from "../../src/extract/learn/met-policy.ts";
import { readAnnotated } from "./dev-set.ts";
import {
  cooccurrence,
  meetingLoss,
  meetingLossLine,
  type Cooccurrence,
  type WeighedMeeting,
} from "./met-loss.ts";

const { values } = parseArgs({
  options: {
    fixtures: { type: "string", default: "test/fixtures/pending" },
    split: { type: "string", default: "dev" },
    details: { type: "boolean", default: false },
  },
});
const models = metModels();
const articles = await readAnnotated(values.split, values.fixtures);
const weighed = new Map<string, WeighedMeeting[]>();
const seen = new Map<string, Cooccurrence>();
for (const a of articles) {
  const analysis = analyzeArticle(a.article);
  const graph = new GraphBuilder();
  addMentionedEntities(analysis, graph);
  const decisions = new MeetingDecisions({ model: models, record: true });
  collectFacts(analysis, graph, decisions);
  const candidates = decisions.recorded;
  const held = new Set(candidates.filter((c) => c.held).map((c) => c.pair));
  weighed.set(
    a.name,
    candidates
      .filter((c) => isWeighed(c, held))
      .map((c) => {
        const model = models[c.group];
        const p = model.probability(c.features);
        return { pair: c.pair, group: c.group, p, accepted: p >= model.threshold, text: c.text };
      }),
  );
  seen.set(a.name, cooccurrence(analysis));
}
const loss = meetingLoss(articles, weighed, seen);
if (values.details) console.log(loss.lost.join("\n"));
console.log(meetingLossLine(`${values.fixtures} ${values.split}`, loss));
