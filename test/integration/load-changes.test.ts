import { FACT_SENTENCES, FACT_SOURCES } from "./fact-sources.ts";
import { beforeEach, describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/load/load-documents.ts";
import type { LoadInput } from "../../src/load/load-context.ts";
import type { GraphDocument } from "../../src/model/graph-document.ts";
import { clearGraph } from "./export-graph.ts";
import { TARGET, withTestDriver } from "./load-connection.ts";
import {
  BLINKEN,
  CHINA,
  MEETING,
  TARIFFS,
  USA,
  US_OPPOSES_TARIFFS,
  XI,
  articleDocument,
  fact,
  inputsOf,
} from "./load-fixtures.ts";

function load(documents: readonly GraphDocument[], sync = false) {
  return withTestDriver((driver) =>
    loadDocuments(driver, TARGET, inputsOf(documents), { batchSize: 10, concurrency: 2, sync }),
  );
}

/**
 * Which nodes and facts exist and which articles support them. Descriptive properties (place,
 * what is opposed) are last-writer-wins and are not rolled back when a source goes, so they are
 * left out of the comparison with a fresh load.
 */
function provenance() {
  return query(
    `MATCH (a) OPTIONAL MATCH (a)-[r]->(m)
     RETURN a.key AS node, type(r) AS type, m.key AS to,
            ${FACT_SOURCES} AS sources, ${FACT_SENTENCES} AS sentences
     ORDER BY node, type, to`,
  );
}

async function query(cypher: string): Promise<Record<string, unknown>[]> {
  return withTestDriver(async (driver) =>
    (await driver.executeQuery(cypher)).records.map((r) => r.toObject()),
  );
}

const original = articleDocument("001", [BLINKEN, XI, USA, TARIFFS], [MEETING, US_OPPOSES_TARIFFS]);
const other = articleDocument(
  "002",
  [BLINKEN, XI],
  [fact("MET_WITH", BLINKEN, XI, { date: "2024-04-26" }, "Xi received Blinken.")],
);

describe("loading a changed article", () => {
  beforeEach(() => withTestDriver((driver) => clearGraph(driver)));

  it("replaces its facts: those only it supported go, shared ones keep the other sources", async () => {
    await load([original, other]);
    const edited = articleDocument(
      "001",
      [USA, CHINA],
      [fact("OPPOSES", USA, CHINA, { what: "export controls" })],
      1,
    );
    const report = await load([edited, other]);
    expect(report.articles).toEqual({ loaded: 1, unchanged: 1, removed: 0, failed: 0 });
    expect(
      await query(
        `MATCH (a)-[r:MET_WITH|OPPOSES]->(b)
         RETURN a.key AS from, type(r) AS type, b.key AS to, ${FACT_SOURCES} AS sources
         ORDER BY type, from, to`,
      ),
    ).toEqual([
      {
        from: "person:antony-blinken",
        type: "MET_WITH",
        to: "person:xi-jinping",
        sources: ["article:seeds/002.txt"],
      },
      {
        from: "country:USA",
        type: "OPPOSES",
        to: "country:CHN",
        sources: ["article:seeds/001.txt"],
      },
    ]);
    expect(await query("MATCH (n:Issue) RETURN n.key AS key")).toEqual([]);
    expect(
      await query("MATCH (a:Article {key: 'article:seeds/001.txt'}) RETURN a.contentHash AS hash"),
    ).toEqual([{ hash: edited.article.contentHash }]);
  });

  it("ends with the graph a fresh load of the new version gives", async () => {
    const edited = articleDocument("001", [BLINKEN, XI, USA], [MEETING], 1);
    await load([original, other]);
    await load([edited, other]);
    const afterEdit = await provenance();
    await withTestDriver((driver) => clearGraph(driver));
    await load([edited, other]);
    expect(await provenance()).toEqual(afterEdit);
  });

  it("rewrites an article stored without a hash, and skips only those stored with theirs", async () => {
    await load([original, other]);
    const before = await provenance();
    await query("MATCH (a:Article {key: 'article:seeds/001.txt'}) REMOVE a.contentHash");
    const report = await load([original, other]);
    expect(report.articles).toEqual({ loaded: 1, unchanged: 1, removed: 0, failed: 0 });
    expect(report.nodes.created).toBe(0);
    expect(await provenance()).toEqual(before);
    expect(
      await query("MATCH (a:Article) RETURN a.key AS key, a.contentHash AS hash ORDER BY key"),
    ).toEqual([
      { key: original.article.key, hash: original.article.contentHash },
      { key: other.article.key, hash: other.article.contentHash },
    ]);
  });
});

describe("load --sync", () => {
  beforeEach(() => withTestDriver((driver) => clearGraph(driver)));

  it("removes articles no longer in the input with what only they supported", async () => {
    await load([original, other]);
    const report = await load([other], true);
    expect(report.articles).toEqual({ loaded: 0, unchanged: 1, removed: 1, failed: 0 });
    const afterSync = await provenance();
    await withTestDriver((driver) => clearGraph(driver));
    await load([other]);
    expect(await provenance()).toEqual(afterSync);
  });

  it("removes nothing when an input could not be read", async () => {
    await load([original, other]);
    const report = await withTestDriver((driver) =>
      loadDocuments(driver, TARGET, unreadableThen(other), {
        batchSize: 10,
        concurrency: 1,
        sync: true,
      }),
    );
    expect(report.articles.removed).toBe(0);
    expect(report.syncSkipped).toBe("1 input(s) could not be read, so no article was removed");
    expect(await query("MATCH (a:Article) RETURN count(a) AS n")).toEqual([{ n: 2 }]);
  });
});

async function* unreadableThen(document: GraphDocument) {
  yield { ok: false as const, path: "seeds/broken.txt", reason: "not UTF-8" };
  yield* inputsOf([document]);
}

describe("deferred extraction", () => {
  beforeEach(() => withTestDriver((driver) => clearGraph(driver)));

  /** Inputs whose documents are extracted on demand, recording which ones were asked for. */
  async function* deferred(
    documents: readonly GraphDocument[],
    extracted: string[],
    failing?: string,
  ): AsyncGenerator<LoadInput> {
    for (const document of documents) {
      const { key, contentHash } = document.article;
      const extract = () => {
        extracted.push(key);
        if (key === failing) throw new Error("the extractor gave up");
        return document;
      };
      await Promise.resolve(
        yield { ok: true, path: document.article.source, deferred: { key, contentHash, extract } },
      );
    }
  }

  it("extracts only new or changed articles and fails one whose extraction throws", async () => {
    await load([original, other]);
    const edited = articleDocument("001", [USA, CHINA], [fact("OPPOSES", USA, CHINA)], 1);
    const third = articleDocument("003", [USA], []);
    const extracted: string[] = [];
    const report = await withTestDriver((driver) =>
      loadDocuments(
        driver,
        TARGET,
        deferred([edited, other, third], extracted, third.article.key),
        { batchSize: 10, concurrency: 2, sync: false },
      ),
    );
    expect(extracted).toEqual([edited.article.key, third.article.key]);
    expect(report.articles).toEqual({ loaded: 1, unchanged: 1, removed: 0, failed: 1 });
    expect(report.failures).toEqual([
      { path: "seeds/003.txt", reason: "extraction failed: the extractor gave up" },
    ]);
    expect(
      await query("MATCH (a:Article) RETURN a.key AS key, a.contentHash AS hash ORDER BY key"),
    ).toEqual([
      { key: edited.article.key, hash: edited.article.contentHash },
      { key: other.article.key, hash: other.article.contentHash },
    ]);
  });
});
