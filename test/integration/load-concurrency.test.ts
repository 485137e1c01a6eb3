import { FACT_SENTENCES, FACT_SOURCES } from "./fact-sources.ts";
import { beforeEach, describe, expect, it } from "vitest";
import { readCypherCatalog } from "../../src/load/cypher-catalog.ts";
import { loadDocuments } from "../../src/load/load-documents.ts";
import { ReportTally } from "../../src/load/report-tally.ts";
import { writeBatch } from "../../src/load/write-batch.ts";
import type { Entity, GraphDocument } from "../../src/model/graph-document.ts";
import { clearGraph } from "./export-graph.ts";
import { TARGET, withTestDriver } from "./load-connection.ts";
import {
  BLINKEN,
  MEETING,
  TARIFFS,
  USA,
  XI,
  articleDocument,
  fact,
  inputsOf,
} from "./load-fixtures.ts";

/** Article n: the shared meeting and opposition, plus a person of its own who meets Xi. */
function overlapping(n: number): GraphDocument {
  const own: Entity = {
    label: "Person",
    key: `person:envoy-${n % 7}`,
    name: `Envoy ${n % 7}`,
    aliases: [`E${n}`],
  };
  return articleDocument(
    String(n).padStart(3, "0"),
    [BLINKEN, XI, USA, TARIFFS, own],
    [MEETING, fact("OPPOSES", USA, TARIFFS), fact("MET_WITH", own, XI, { date: "2024-05-01" })],
  );
}

async function count(cypher: string): Promise<unknown[]> {
  return withTestDriver(async (driver) =>
    (await driver.executeQuery(cypher)).records.map((r) => r.toObject()),
  );
}

describe("two loaders at once", () => {
  beforeEach(() => withTestDriver((driver) => clearGraph(driver)));

  it(
    "create no duplicate nodes, relationships or sources on overlapping input",
    { timeout: 60_000 },
    async () => {
      const range = (from: number, to: number) =>
        Array.from({ length: to - from }, (_, i) => overlapping(from + i));
      const options = { batchSize: 4, concurrency: 3, sync: false };
      const reports = await withTestDriver((driver) =>
        Promise.all([
          loadDocuments(driver, TARGET, inputsOf(range(0, 30)), options),
          loadDocuments(driver, TARGET, inputsOf(range(15, 45)), options),
        ]),
      );
      expect(reports.flatMap((report) => report.failures)).toEqual([]);
      expect(
        await count(
          "MATCH (n) WITH labels(n) AS labels, n.key AS key, count(*) AS copies WHERE copies > 1 RETURN key",
        ),
      ).toEqual([]);
      expect(
        await count(
          "MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH r.key AS key, count(*) AS copies WHERE copies > 1 RETURN key",
        ),
      ).toEqual([]);
      expect(
        await count(
          "MATCH (a:Article)-[m:MENTIONS]->(n) WITH a, n, count(m) AS copies WHERE copies > 1 RETURN a.key",
        ),
      ).toEqual([]);
      expect(
        await count(
          `MATCH (a:Person {key: 'person:antony-blinken'})-[r:MET_WITH]->()
           RETURN size(${FACT_SOURCES}) AS sources, size(${FACT_SENTENCES}) AS sentences`,
        ),
      ).toEqual([{ sources: 45, sentences: 45 }]);
      expect(await count("MATCH (n) RETURN count(n) AS nodes")).toEqual([{ nodes: 45 + 4 + 7 }]);
    },
  );

  it(
    "lose no source when many transactions add to the same fact at once",
    { timeout: 60_000 },
    async () => {
      const documents = Array.from({ length: 40 }, (_, n) =>
        articleDocument(`hot-${n}`, [BLINKEN, XI], [MEETING]),
      );
      const options = { batchSize: 1, concurrency: 4, sync: false };
      await withTestDriver((driver) =>
        Promise.all([
          loadDocuments(driver, TARGET, inputsOf(documents.slice(0, 20)), options),
          loadDocuments(driver, TARGET, inputsOf(documents.slice(20)), options),
        ]),
      );
      expect(
        await count(`MATCH (a)-[r:MET_WITH]->() RETURN size(${FACT_SOURCES}) AS sources`),
      ).toEqual([{ sources: 40 }]);
    },
  );
  it(
    "keep a fact that new articles state while the edits of its old sources drop it",
    { timeout: 90_000 },
    async () => {
      const old = Array.from({ length: 20 }, (_, n) =>
        articleDocument(`old-${n}`, [BLINKEN, XI], [MEETING]),
      );
      const options = { batchSize: 1, concurrency: 4, sync: false };
      await withTestDriver((driver) => loadDocuments(driver, TARGET, inputsOf(old), options));
      const edited = old.map((document) => ({
        ...document,
        relationships: [],
        article: { ...document.article, contentHash: "1".padStart(64, "0") },
      }));
      const added = Array.from({ length: 20 }, (_, n) =>
        articleDocument(`new-${n}`, [BLINKEN, XI], [MEETING]),
      );
      const reports = await withTestDriver((driver) =>
        Promise.all([
          loadDocuments(driver, TARGET, inputsOf(edited), options),
          loadDocuments(driver, TARGET, inputsOf(added), options),
        ]),
      );
      expect(reports.map((report) => report.articles)).toEqual([
        { loaded: 20, unchanged: 0, removed: 0, failed: 0 },
        { loaded: 20, unchanged: 0, removed: 0, failed: 0 },
      ]);
      expect(await count(`MATCH (a)-[r:MET_WITH]->() RETURN ${FACT_SOURCES} AS sources`)).toEqual([
        { sources: added.map((document) => document.article.key).sort() },
      ]);
    },
  );
  it("rewrites an article claimed as new that another loader wrote since the lookup", async () => {
    const written = articleDocument("claimed", [BLINKEN, XI, USA], [MEETING]);
    await withTestDriver((driver) =>
      loadDocuments(driver, TARGET, inputsOf([written]), {
        batchSize: 1,
        concurrency: 1,
        sync: false,
      }),
    );
    const edited = articleDocument("claimed", [BLINKEN, USA], [], 1);
    const tally = new ReportTally();
    await withTestDriver(async (driver) => {
      const cypher = await readCypherCatalog();
      const options = { batchSize: 1, concurrency: 1, sync: false };
      const context = { driver, target: TARGET, cypher, tally, options };
      await writeBatch(context, [{ path: edited.article.source, document: edited, fresh: true }]);
    });
    expect([tally.loaded, tally.failed]).toEqual([1, 0]);
    expect(
      await count(
        `MATCH (a:Article)
         RETURN a.contentHash AS hash,
                COLLECT { MATCH (a)-[:MENTIONS]->(n) RETURN n.key ORDER BY n.key } AS mentions,
                COUNT { ()-[:MET_WITH]->() } AS meetings`,
      ),
    ).toEqual([
      {
        hash: edited.article.contentHash,
        mentions: ["country:USA", "person:antony-blinken"],
        meetings: 0,
      },
    ]);
  });
});
