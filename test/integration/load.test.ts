import { FACT_SENTENCES, FACT_SOURCES } from "./fact-sources.ts";
import { beforeEach, describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/load/load-documents.ts";
import type { GraphDocument } from "../../src/model/graph-document.ts";
import { clearGraph, exportGraph } from "./export-graph.ts";
import { TARGET, withTestDriver } from "./load-connection.ts";
import {
  BLINKEN,
  MEETING,
  TARIFFS,
  USA,
  US_OPPOSES_TARIFFS,
  XI,
  articleDocument,
  fact,
  inputsOf,
} from "./load-fixtures.ts";

const OPTIONS = { batchSize: 10, concurrency: 2, sync: false };

function load(documents: readonly GraphDocument[], options = OPTIONS) {
  return withTestDriver((driver) => loadDocuments(driver, TARGET, inputsOf(documents), options));
}

const first = articleDocument(
  "001",
  [BLINKEN, XI, USA, TARIFFS],
  [MEETING, US_OPPOSES_TARIFFS, fact("REPRESENTS", BLINKEN, USA, { title: "Secretary of State" })],
);

describe("loadDocuments", () => {
  beforeEach(() => withTestDriver((driver) => clearGraph(driver)));

  it("writes exactly the article, its entities, mentions and facts with their sources", async () => {
    const report = await load([first]);
    expect(report.articles).toEqual({ loaded: 1, unchanged: 0, removed: 0, failed: 0 });
    expect(report.nodes).toEqual({
      created: 5,
      deleted: 0,
      createdByLabel: { Article: 1, Country: 1, Issue: 1, Person: 2 },
    });
    expect(report.relationships).toEqual({
      created: 7,
      deleted: 0,
      createdByType: { MENTIONS: 4, MET_WITH: 1, OPPOSES: 1, REPRESENTS: 1 },
    });
    expect(await withTestDriver((driver) => exportGraph(driver))).toMatchInlineSnapshot(`
      {
        "nodes": [
          {
            "labels": [
              "Article",
            ],
            "properties": {
              "contentHash": "0000000000000000000000000000000000000000000000000000000000000000",
              "evidenceConfidences": [
                0.9,
                0.9,
                0.9,
              ],
              "evidenceEnds": [
                15,
                27,
                45,
              ],
              "evidenceKeys": [
                "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
                "OPPOSES|country:USA|issue:tariffs",
                "REPRESENTS|person:antony-blinken|country:USA",
              ],
              "evidenceSentences": [
                "Blinken met Xi.",
                "Washington opposes tariffs.",
                "person:antony-blinken REPRESENTS country:USA.",
              ],
              "evidenceStarts": [
                0,
                0,
                0,
              ],
              "hashtags": [],
              "key": "article:seeds/001.txt",
              "publishedAt": "2024-04-27T08:00:00.000Z",
              "relationshipKeys": [
                "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
                "OPPOSES|country:USA|issue:tariffs",
                "REPRESENTS|person:antony-blinken|country:USA",
              ],
              "source": "seeds/001.txt",
              "title": "Article 001",
            },
          },
          {
            "labels": [
              "Country",
            ],
            "properties": {
              "aliases": [
                "US",
              ],
              "iso3": "USA",
              "key": "country:USA",
              "name": "United States",
            },
          },
          {
            "labels": [
              "Issue",
            ],
            "properties": {
              "key": "issue:tariffs",
              "keywords": [
                "tariffs",
              ],
              "name": "Tariffs",
            },
          },
          {
            "labels": [
              "Person",
            ],
            "properties": {
              "aliases": [
                "Blinken",
              ],
              "country": "USA",
              "key": "person:antony-blinken",
              "name": "Antony Blinken",
              "title": "Secretary of State",
            },
          },
          {
            "labels": [
              "Person",
            ],
            "properties": {
              "aliases": [
                "Xi",
              ],
              "country": "CHN",
              "key": "person:xi-jinping",
              "name": "Xi Jinping",
            },
          },
        ],
        "relationships": [
          {
            "from": "article:seeds/001.txt",
            "properties": {},
            "to": "country:USA",
            "type": "MENTIONS",
          },
          {
            "from": "article:seeds/001.txt",
            "properties": {},
            "to": "issue:tariffs",
            "type": "MENTIONS",
          },
          {
            "from": "article:seeds/001.txt",
            "properties": {},
            "to": "person:antony-blinken",
            "type": "MENTIONS",
          },
          {
            "from": "article:seeds/001.txt",
            "properties": {},
            "to": "person:xi-jinping",
            "type": "MENTIONS",
          },
          {
            "from": "country:USA",
            "properties": {
              "key": "OPPOSES|country:USA|issue:tariffs",
              "what": "new tariffs",
            },
            "to": "issue:tariffs",
            "type": "OPPOSES",
          },
          {
            "from": "person:antony-blinken",
            "properties": {
              "date": "2024-04-26",
              "key": "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
              "place": "Beijing",
            },
            "to": "person:xi-jinping",
            "type": "MET_WITH",
          },
          {
            "from": "person:antony-blinken",
            "properties": {
              "key": "REPRESENTS|person:antony-blinken|country:USA",
              "title": "Secretary of State",
            },
            "to": "country:USA",
            "type": "REPRESENTS",
          },
        ],
      }
    `);
  });

  it("changes nothing and creates nothing when the same input is loaded again", async () => {
    await load([first]);
    const before = await withTestDriver((driver) => exportGraph(driver));
    const again = await load([first]);
    expect(again.articles).toEqual({ loaded: 0, unchanged: 1, removed: 0, failed: 0 });
    expect([again.nodes.created, again.relationships.created, again.propertiesSet]).toEqual([
      0, 0, 0,
    ]);
    expect(await withTestDriver((driver) => exportGraph(driver))).toEqual(before);
  });

  it("keeps one relationship per fact, supported by every article that states it", async () => {
    const second = articleDocument(
      "002",
      [BLINKEN, XI],
      [fact("MET_WITH", BLINKEN, XI, { date: "2024-04-26" }, "Xi received Blinken.")],
    );
    await load([first, second]);
    const meetings = await withTestDriver(async (driver) => {
      const { records } = await driver.executeQuery(
        `MATCH (a)-[r:MET_WITH]->() RETURN ${FACT_SOURCES} AS sources, ${FACT_SENTENCES} AS sentences`,
      );
      return records.map((record) => record.toObject());
    });
    expect(meetings).toEqual([
      {
        sources: ["article:seeds/001.txt", "article:seeds/002.txt"],
        sentences: ["Blinken met Xi.", "Xi received Blinken."],
      },
    ]);
  });

  it("loads the other articles of a batch when one of them cannot be written", async () => {
    const broken = articleDocument("bad", [USA], []);
    const bad = { ...broken, article: { ...broken.article, publishedAt: "yesterday" } };
    const good = articleDocument("002", [BLINKEN, XI], [MEETING]);
    const report = await load([first, bad, good]);
    expect(report.articles).toEqual({ loaded: 2, unchanged: 0, removed: 0, failed: 1 });
    expect(report.failures).toEqual([
      { path: "seeds/bad.txt", reason: expect.stringMatching(/^Neo\.ClientError\./) as unknown },
    ]);
    const keys = await withTestDriver(async (driver) => {
      const { records } = await driver.executeQuery(
        "MATCH (a:Article) RETURN a.key AS key ORDER BY key",
      );
      return records.map((record) => record.get("key") as string);
    });
    expect(keys).toEqual(["article:seeds/001.txt", "article:seeds/002.txt"]);
  });

  it("reports a document whose facts point outside its entities without writing it", async () => {
    const report = await load([articleDocument("003", [BLINKEN], [MEETING])]);
    expect(report.failures).toEqual([
      {
        path: "seeds/003.txt",
        reason:
          "extracted graph is inconsistent: MET_WITH person:antony-blinken -> person:xi-jinping: person:xi-jinping is not among the document's entities",
      },
    ]);
    expect((await withTestDriver((driver) => exportGraph(driver))).nodes).toEqual([]);
  });
});
