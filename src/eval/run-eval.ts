import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { NewsgraphError } from "../errors.ts";
import { extractGraph } from "../extract/extract-graph.ts";
import { readArticles } from "../read/index.ts";
import { GoldSchema } from "./gold-schema.ts";
import { emptyScores, evaluateDocument, SCORED_TYPES, type Scores } from "./evaluate-document.ts";
import { f1 } from "./score.ts";

export interface EvalReport {
  readonly split: string;
  readonly articles: number;
  readonly scores: Scores;
  readonly rows: readonly {
    type: string;
    tp: number;
    fp: number;
    fn: number;
    precision: number;
    recall: number;
    f1: number;
  }[];
}

/** Extracts every article of a fixture split and scores it against its gold annotation. */
export async function runEval(fixtures: string, split: string): Promise<EvalReport> {
  const goldDir = join(fixtures, "gold", split);
  const files = (
    await readdir(goldDir).catch((cause: unknown) => {
      throw new NewsgraphError("config", `no gold annotations in ${goldDir}`, { cause });
    })
  )
    .filter((f) => f.endsWith(".json"))
    .sort();
  const scores = emptyScores();
  for (const file of files) {
    const gold = GoldSchema.parse(JSON.parse(await readFile(join(goldDir, file), "utf8")));
    const articlePath = join(fixtures, "articles", gold.article);
    for await (const outcome of readArticles([articlePath], { root: join(fixtures, "articles") })) {
      if (!outcome.ok) throw new NewsgraphError("input", `${outcome.path}: ${outcome.reason}`);
      evaluateDocument(scores, extractGraph(outcome.article), gold, gold.article);
    }
  }
  return { split, articles: files.length, scores, rows: rowsOf(scores) };
}

function rowsOf(scores: Scores): EvalReport["rows"] {
  const rows = SCORED_TYPES.map((type) => ({ type, ...counts(scores[type]), ...f1(scores[type]) }));
  // "MET_WITH by day" scores the same facts as MET_WITH again, more strictly: counted once.
  const micro = rows
    .filter((r) => r.type !== "MET_WITH by day")
    .reduce((acc, r) => ({ tp: acc.tp + r.tp, fp: acc.fp + r.fp, fn: acc.fn + r.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
  return [...rows, { type: "micro", ...micro, ...f1(micro) }];
}

function counts(s: { tp: number; fp: number; fn: number }) {
  return { tp: s.tp, fp: s.fp, fn: s.fn };
}
