import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDocument } from "../../src/model/graph-document.ts";
import { incompleteArticles, readFootprints } from "./article-completeness.ts";
import { parseArticleCounts, runCli, startCli } from "./cli-process.ts";
import { clearDatabase, testNeo4j, withTestDriver } from "./helpers.ts";
import { extractedDocuments, writeSyntheticCorpus } from "./synthetic-articles.ts";

const ARTICLES = 600;
const PROGRESS = /^(\[[#-]+\] )?\d+(\/\d+)? articles {2}\d+\.\d\/s/;
const neo4j = testNeo4j();

let work: string;
let documents: GraphDocument[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "newsgraph-interrupt-"));
  await writeSyntheticCorpus(join(work, "in"), 0, ARTICLES);
  documents = await extractedDocuments(work, ["in"]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function articleCount(): Promise<number> {
  return withTestDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      "MATCH (a:Article) RETURN count(a) AS n",
      {},
      { database: neo4j.database },
    );
    return records[0]?.get("n") as number;
  });
}

describe("Ctrl-C during a load", () => {
  it(
    "lets the batches in flight commit, prints what was written, exits 130; the rerun finishes",
    { timeout: 180_000 },
    async () => {
      await clearDatabase();
      const load = startCli(
        ["load", "in", "--batch-size", "10", "--concurrency", "2"],
        work,
        neo4j,
      );
      await waitUntil(async () => (await articleCount()) >= 30, 60_000);
      load.process.kill("SIGINT");
      const stopped = await load.result;

      expect(stopped.code).toBe(130);
      expect(
        stopped.stderr.split("\n").filter((line) => line !== "" && !PROGRESS.test(line)),
      ).toEqual([
        "interrupted: finishing the batches in flight, then stopping (Ctrl-C again quits at once; an unfinished batch is rolled back)",
      ]);
      const [first, second] = stopped.stdout.split("\n");
      expect(first).toBe(
        "interrupted: stopped before the end of the input; every article counted below is in the graph whole, load the same input again to finish",
      );
      expect(second).toMatch(/^articles: \d+ loaded, 0 unchanged, 0 removed, 0 failed$/);
      const { loaded } = parseArticleCounts(stopped.stdout);
      expect(loaded).toBeGreaterThanOrEqual(30);
      expect(loaded).toBeLessThan(ARTICLES);
      // What the summary says is exactly what the graph holds, each article whole.
      expect(await articleCount()).toBe(loaded);
      expect(
        incompleteArticles(
          documents,
          await withTestDriver((d) => readFootprints(d, neo4j.database)),
        ),
      ).toEqual([]);

      const rerun = await runCli(["load", "in"], work, neo4j);
      expect(rerun.code).toBe(0);
      expect(parseArticleCounts(rerun.stdout)).toEqual({
        loaded: ARTICLES - (loaded ?? 0),
        unchanged: loaded,
        removed: 0,
        failed: 0,
      });
      const footprints = await withTestDriver((d) => readFootprints(d, neo4j.database));
      expect(footprints.size).toBe(ARTICLES);
      expect(incompleteArticles(documents, footprints)).toEqual([]);
    },
  );
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
