import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/load/load-documents.ts";
import { bindParams } from "../../src/query/bind-params.ts";
import { TemporalValue } from "../../src/query/plain-value.ts";
import type { PlainValue } from "../../src/query/plain-value.ts";
import { findQuery, readQueryCatalog } from "../../src/query/read-query-catalog.ts";
import { runSavedQuery } from "../../src/query/run-saved-query.ts";
import { runCli } from "./cli-process.ts";
import { DEV_DOCUMENTS, SEED_DOCUMENTS, frozenDocuments } from "./frozen-documents.ts";
import { clearDatabase, testNeo4j, withTestDriver } from "./helpers.ts";

// The graph the queries run on is loaded from extracted documents frozen in test/fixtures/queries
// (see its README), so that these rows test the queries, not the extractor of the day.
const SEEDS = [SEED_DOCUMENTS];
const FIXTURES = [SEED_DOCUMENTS, DEV_DOCUMENTS];

async function loadArticles(files: readonly string[]): Promise<void> {
  await clearDatabase();
  const { uri, database } = testNeo4j();
  const report = await withTestDriver((driver) =>
    loadDocuments(driver, { uri, database }, frozenDocuments(files), {
      batchSize: 50,
      concurrency: 2,
      sync: false,
    }),
  );
  expect(report.articles.failed).toBe(0);
}

/** Runs a saved query as `npm run query` does, its rows as objects keyed by column. */
async function query(
  name: string,
  params: Record<string, string> = {},
): Promise<Record<string, PlainValue>[]> {
  const saved = findQuery(await readQueryCatalog(), name);
  const args = Object.entries(params).map(([key, text]) => ({ name: key, text }));
  const { uri, database } = testNeo4j();
  const result = await withTestDriver((driver) =>
    runSavedQuery(driver, { uri, database }, saved, bindParams(saved, args)),
  );
  return result.rows.map((row) =>
    Object.fromEntries(result.columns.map((column, i) => [column, row[i] ?? null])),
  );
}

/** Some columns of each row, to pin the facts and leave the rest to the full-row tests. */
function pick(rows: readonly Record<string, PlainValue>[], columns: readonly string[]) {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])));
}

describe("every saved query with its defaults, on the seed article", () => {
  beforeAll(() => loadArticles(SEEDS));

  it("every query in the catalog has a test here", async () => {
    expect([...(await readQueryCatalog()).keys()]).toEqual([
      "co-mentions",
      "country-oppositions",
      "event-issues",
      "fact-evidence",
      "find-entity",
      "funding-flows",
      "funding-totals",
      "issue-opponents",
      "meetings-timeline",
      "most-connected",
      "opposite-sides",
      "person-profile",
      "shortest-path",
      "who-met-whom",
    ]);
  });

  it("who-met-whom", async () => {
    expect(await query("who-met-whom")).toMatchInlineSnapshot(`
      [
        {
          "articles": 1,
          "date": "2024-04-26",
          "metWith": "Wang Xiaohong",
          "metWithKey": "person:wang-xiaohong",
          "person": "Antony Blinken",
          "personKey": "person:antony-blinken",
          "place": "Beijing",
        },
        {
          "articles": 1,
          "date": "2024-04-26",
          "metWith": "Wang Yi",
          "metWithKey": "person:wang-yi",
          "person": "Antony Blinken",
          "personKey": "person:antony-blinken",
          "place": "Beijing",
        },
        {
          "articles": 1,
          "date": "2024-04-26",
          "metWith": "Xi Jinping",
          "metWithKey": "person:xi-jinping",
          "person": "Antony Blinken",
          "personKey": "person:antony-blinken",
          "place": "Beijing",
        },
      ]
    `);
  });

  it("person-profile", async () => {
    expect(await query("person-profile")).toMatchInlineSnapshot(`
      [
        {
          "aspect": "role",
          "date": null,
          "detail": "Secretary of State",
          "key": "person:antony-blinken",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "represents",
          "date": null,
          "detail": "United States (Secretary of State)",
          "key": "country:USA",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "met",
          "date": "2024-04-26",
          "detail": "Wang Xiaohong in Beijing",
          "key": "person:wang-xiaohong",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "met",
          "date": "2024-04-26",
          "detail": "Wang Yi in Beijing",
          "key": "person:wang-yi",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "met",
          "date": "2024-04-26",
          "detail": "Xi Jinping in Beijing",
          "key": "person:xi-jinping",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "took part in",
          "date": "2024-04-26",
          "detail": "meeting in Beijing",
          "key": "event:meeting:2024-04-26:antony-blinken+wang-xiaohong",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "took part in",
          "date": "2024-04-26",
          "detail": "meeting in Beijing",
          "key": "event:meeting:2024-04-26:antony-blinken+wang-yi",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "took part in",
          "date": "2024-04-26",
          "detail": "meeting in Beijing",
          "key": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "took part in",
          "date": "2024-04-26",
          "detail": "talks in Beijing",
          "key": "event:talks:2024-04-26:antony-blinken+wang-yi",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
        {
          "aspect": "took part in",
          "date": "2024-05-01",
          "detail": "visit in China",
          "key": "event:visit:2024-05-01:antony-blinken",
          "person": "Antony Blinken",
          "sources": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
        },
      ]
    `);
  });

  it("meetings-timeline", async () => {
    expect(await query("meetings-timeline")).toMatchInlineSnapshot(`
      [
        {
          "articles": 1,
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+wang-xiaohong",
          "participants": [
            "Antony Blinken",
            "Wang Xiaohong",
          ],
          "place": "Beijing",
          "status": "held",
          "type": "meeting",
        },
        {
          "articles": 1,
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+wang-yi",
          "participants": [
            "Antony Blinken",
            "Wang Yi",
          ],
          "place": "Beijing",
          "status": "held",
          "type": "meeting",
        },
        {
          "articles": 1,
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "participants": [
            "Antony Blinken",
            "Xi Jinping",
          ],
          "place": "Beijing",
          "status": "held",
          "type": "meeting",
        },
        {
          "articles": 1,
          "date": "2024-04-26",
          "event": "event:talks:2024-04-26:antony-blinken+wang-yi",
          "participants": [
            "Antony Blinken",
            "Wang Yi",
          ],
          "place": "Beijing",
          "status": "held",
          "type": "talks",
        },
        {
          "articles": 1,
          "date": "2024-05",
          "event": "event:visit:2024-05:vladimir-putin",
          "participants": [
            "Vladimir Putin",
          ],
          "place": "China",
          "status": "planned",
          "type": "visit",
        },
        {
          "articles": 1,
          "date": "2024-05-01",
          "event": "event:visit:2024-05-01:antony-blinken",
          "participants": [
            "Antony Blinken",
          ],
          "place": "China",
          "status": "held",
          "type": "visit",
        },
      ]
    `);
  });

  it("country-oppositions", async () => {
    expect(await query("country-oppositions")).toMatchInlineSnapshot(`
      [
        {
          "articles": 1,
          "country": "China",
          "countryKey": "country:CHN",
          "opposes": "force the sale of TikTok",
          "targetKey": "issue:force-the-sale-of-tiktok",
          "via": "directly",
          "what": null,
        },
        {
          "articles": 1,
          "country": "China",
          "countryKey": "country:CHN",
          "opposes": "US aid to Taiwan",
          "targetKey": "issue:us-aid-to-taiwan",
          "via": "directly",
          "what": null,
        },
        {
          "articles": 1,
          "country": "United States",
          "countryKey": "country:USA",
          "opposes": "Beijing’s growing aggressiveness toward Taiwan",
          "targetKey": "issue:beijing-s-growing-aggressiveness-toward-taiwan",
          "via": "directly",
          "what": null,
        },
      ]
    `);
  });

  it("issue-opponents", async () => {
    expect(await query("issue-opponents")).toMatchInlineSnapshot(`
      [
        {
          "articles": 1,
          "confidence": 0.75,
          "issue": "Beijing’s growing aggressiveness toward Taiwan",
          "issueKey": "issue:beijing-s-growing-aggressiveness-toward-taiwan",
          "kind": "Country",
          "opponent": "United States",
          "opponentKey": "country:USA",
          "what": null,
        },
        {
          "articles": 1,
          "confidence": 0.75,
          "issue": "force the sale of TikTok",
          "issueKey": "issue:force-the-sale-of-tiktok",
          "kind": "Country",
          "opponent": "China",
          "opponentKey": "country:CHN",
          "what": null,
        },
        {
          "articles": 1,
          "confidence": 0.75,
          "issue": "US aid to Taiwan",
          "issueKey": "issue:us-aid-to-taiwan",
          "kind": "Country",
          "opponent": "China",
          "opponentKey": "country:CHN",
          "what": null,
        },
      ]
    `);
  });

  it("funding-flows", async () => {
    expect(await query("funding-flows")).toMatchInlineSnapshot(`
      [
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "currency": "USD",
          "funder": "United States",
          "funderKey": "country:USA",
          "pledges": 1,
          "purposes": [],
          "recipient": "Taiwan",
          "recipientKey": "country:TWN",
          "total": 8000000000,
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "currency": "USD",
          "funder": "United States",
          "funderKey": "country:USA",
          "pledges": 1,
          "purposes": [
            "foreign aid",
          ],
          "recipient": "foreign aid",
          "recipientKey": "issue:foreign-aid",
          "total": 95000000000,
        },
      ]
    `);
  });

  it("funding-totals", async () => {
    expect(await query("funding-totals")).toMatchInlineSnapshot(`
      [
        {
          "actor": "United States",
          "actorKey": "country:USA",
          "counterparts": 2,
          "currency": "USD",
          "pledges": 2,
          "role": "gives",
          "total": 103000000000,
        },
        {
          "actor": "foreign aid",
          "actorKey": "issue:foreign-aid",
          "counterparts": 1,
          "currency": "USD",
          "pledges": 1,
          "role": "receives",
          "total": 95000000000,
        },
        {
          "actor": "Taiwan",
          "actorKey": "country:TWN",
          "counterparts": 1,
          "currency": "USD",
          "pledges": 1,
          "role": "receives",
          "total": 8000000000,
        },
      ]
    `);
  });

  it("event-issues", async () => {
    expect(await query("event-issues")).toMatchInlineSnapshot(`
      [
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "Beijing’s growing aggressiveness toward Taiwan",
          "issueKey": "issue:beijing-s-growing-aggressiveness-toward-taiwan",
          "place": "Beijing",
          "type": "meeting",
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "force the sale of TikTok",
          "issueKey": "issue:force-the-sale-of-tiktok",
          "place": "Beijing",
          "type": "meeting",
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "foreign aid",
          "issueKey": "issue:foreign-aid",
          "place": "Beijing",
          "type": "meeting",
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "human rights",
          "issueKey": "issue:human-rights",
          "place": "Beijing",
          "type": "meeting",
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "opioid precursors",
          "issueKey": "issue:opioid-precursors",
          "place": "Beijing",
          "type": "meeting",
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "territorial disputes",
          "issueKey": "issue:territorial-disputes",
          "place": "Beijing",
          "type": "meeting",
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "trade",
          "issueKey": "issue:trade",
          "place": "Beijing",
          "type": "meeting",
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "basis": "reported with",
          "date": "2024-04-26",
          "event": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "issue": "US aid to Taiwan",
          "issueKey": "issue:us-aid-to-taiwan",
          "place": "Beijing",
          "type": "meeting",
        },
      ]
    `);
  });

  it("shortest-path", async () => {
    expect(await query("shortest-path")).toMatchInlineSnapshot(`
      [
        {
          "actors": [
            "Antony Blinken",
            "Wang Xiaohong",
            "China",
          ],
          "hops": 2,
          "keys": [
            "person:antony-blinken",
            "person:wang-xiaohong",
            "country:CHN",
          ],
          "path": "Antony Blinken -[MET_WITH]-> Wang Xiaohong -[REPRESENTS]-> China",
        },
        {
          "actors": [
            "Antony Blinken",
            "Wang Yi",
            "China",
          ],
          "hops": 2,
          "keys": [
            "person:antony-blinken",
            "person:wang-yi",
            "country:CHN",
          ],
          "path": "Antony Blinken -[MET_WITH]-> Wang Yi -[REPRESENTS]-> China",
        },
        {
          "actors": [
            "Antony Blinken",
            "Xi Jinping",
            "China",
          ],
          "hops": 2,
          "keys": [
            "person:antony-blinken",
            "person:xi-jinping",
            "country:CHN",
          ],
          "path": "Antony Blinken -[MET_WITH]-> Xi Jinping -[REPRESENTS]-> China",
        },
      ]
    `);
  });

  it("most-connected", async () => {
    expect(await query("most-connected")).toMatchInlineSnapshot(`
      [
        {
          "actor": "Antony Blinken",
          "articles": 1,
          "connections": 9,
          "facts": 9,
          "key": "person:antony-blinken",
          "label": "Person",
        },
        {
          "actor": "United States",
          "articles": 1,
          "connections": 6,
          "facts": 6,
          "key": "country:USA",
          "label": "Country",
        },
        {
          "actor": "China",
          "articles": 1,
          "connections": 5,
          "facts": 5,
          "key": "country:CHN",
          "label": "Country",
        },
        {
          "actor": "Wang Yi",
          "articles": 1,
          "connections": 4,
          "facts": 4,
          "key": "person:wang-yi",
          "label": "Person",
        },
        {
          "actor": "Wang Xiaohong",
          "articles": 1,
          "connections": 3,
          "facts": 3,
          "key": "person:wang-xiaohong",
          "label": "Person",
        },
        {
          "actor": "Xi Jinping",
          "articles": 1,
          "connections": 3,
          "facts": 3,
          "key": "person:xi-jinping",
          "label": "Person",
        },
        {
          "actor": "meeting of antony blinken, wang xiaohong on 2024-04-26",
          "articles": 1,
          "connections": 2,
          "facts": 2,
          "key": "event:meeting:2024-04-26:antony-blinken+wang-xiaohong",
          "label": "Event",
        },
        {
          "actor": "meeting of antony blinken, wang yi on 2024-04-26",
          "articles": 1,
          "connections": 2,
          "facts": 2,
          "key": "event:meeting:2024-04-26:antony-blinken+wang-yi",
          "label": "Event",
        },
        {
          "actor": "meeting of antony blinken, xi jinping on 2024-04-26",
          "articles": 1,
          "connections": 2,
          "facts": 2,
          "key": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
          "label": "Event",
        },
        {
          "actor": "talks of antony blinken, wang yi on 2024-04-26",
          "articles": 1,
          "connections": 2,
          "facts": 2,
          "key": "event:talks:2024-04-26:antony-blinken+wang-yi",
          "label": "Event",
        },
      ]
    `);
  });

  it("fact-evidence", async () => {
    expect(await query("fact-evidence")).toMatchInlineSnapshot(`
      [
        {
          "article": "article:seeds/000_cd41eb76cf7eaf77.txt",
          "confidence": 0.9,
          "detail": "2024-04-26",
          "end": 368,
          "fact": "Antony Blinken -> Xi Jinping",
          "factKey": "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
          "publishedAt": "2024-05-01T03:30:35Z",
          "sentence": "The Secretary of State of the United States, Antony Blinken, met this Friday with the President of China, Xi Jinping, and other senior officials of the country and warned regarding the dangers of misunderstandings and miscalculations coinciding with the confrontation between Washington and Beijing over a series of controversial bilateral, regional and global issues.",
          "start": 0,
          "title": "Blinken meets President China clash bilateral global issues",
        },
        {
          "article": "article:seeds/000_cd41eb76cf7eaf77.txt",
          "confidence": 0.9,
          "detail": "2024-04-26",
          "end": 562,
          "fact": "Antony Blinken -> Xi Jinping",
          "factKey": "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
          "publishedAt": "2024-05-01T03:30:35Z",
          "sentence": "The meeting between Blinken and Xi in Beijing occurred following the American politician met with the Chinese Foreign Minister, Wang Yi, and with the Minister of Public Security, Wang Xiaohong.",
          "start": 369,
          "title": "Blinken meets President China clash bilateral global issues",
        },
      ]
    `);
  });

  it("co-mentions (one article: no pair reaches two articles)", async () => {
    expect(await query("co-mentions")).toEqual([]);
    expect(await query("co-mentions", { minArticles: "1", limit: "3" })).toMatchInlineSnapshot(`
      [
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "first": "China",
          "firstKey": "country:CHN",
          "month": "2024-05",
          "second": "Russia",
          "secondKey": "country:RUS",
          "together": 1,
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "first": "China",
          "firstKey": "country:CHN",
          "month": "2024-05",
          "second": "Taiwan",
          "secondKey": "country:TWN",
          "together": 1,
        },
        {
          "articles": [
            "article:seeds/000_cd41eb76cf7eaf77.txt",
          ],
          "first": "China",
          "firstKey": "country:CHN",
          "month": "2024-05",
          "second": "United States",
          "secondKey": "country:USA",
          "together": 1,
        },
      ]
    `);
  });

  it("opposite-sides (the seed article has no country opposing another's position)", async () => {
    expect(await query("opposite-sides")).toEqual([]);
  });

  it("find-entity, whose name has no default", async () => {
    expect(await query("find-entity", { name: "wang" })).toMatchInlineSnapshot(`
      [
        {
          "about": "meeting",
          "articles": 1,
          "key": "event:meeting:2024-04-26:antony-blinken+wang-xiaohong",
          "label": "Event",
          "name": "meeting of antony blinken, wang xiaohong on 2024-04-26",
        },
        {
          "about": "meeting",
          "articles": 1,
          "key": "event:meeting:2024-04-26:antony-blinken+wang-yi",
          "label": "Event",
          "name": "meeting of antony blinken, wang yi on 2024-04-26",
        },
        {
          "about": "talks",
          "articles": 1,
          "key": "event:talks:2024-04-26:antony-blinken+wang-yi",
          "label": "Event",
          "name": "talks of antony blinken, wang yi on 2024-04-26",
        },
        {
          "about": "Minister of Public Security",
          "articles": 1,
          "key": "person:wang-xiaohong",
          "label": "Person",
          "name": "Wang Xiaohong",
        },
        {
          "about": "Foreign Minister",
          "articles": 1,
          "key": "person:wang-yi",
          "label": "Person",
          "name": "Wang Yi",
        },
      ]
    `);
  });
});

describe("saved queries with parameters, on the dev fixture articles", () => {
  beforeAll(() => loadArticles(FIXTURES));

  it("who-met-whom for a person: Scholz in Buenos Aires and Brasília", async () => {
    expect(
      pick(await query("who-met-whom", { person: "scholz" }), [
        "date",
        "person",
        "metWith",
        "place",
      ]),
    ).toMatchInlineSnapshot(`
      [
        {
          "date": "2023-01-28",
          "metWith": "Alberto Fernández",
          "person": "Olaf Scholz",
          "place": "Buenos Aires",
        },
        {
          "date": "2023-01-28",
          "metWith": "Gabriel Boric",
          "person": "Olaf Scholz",
          "place": "Buenos Aires",
        },
        {
          "date": "2023-01-30",
          "metWith": "Luiz Inácio Lula da Silva",
          "person": "Olaf Scholz",
          "place": "Brasília",
        },
      ]
    `);
  });

  it("who-met-whom for a person and a period: Wang Yi before and during Sharif's visit", async () => {
    const columns = ["date", "person", "metWith", "place"];
    expect(
      pick(
        await query("who-met-whom", {
          person: "person:wang-yi",
          from: "2024-06-01",
          to: "2024-06-30",
        }),
        columns,
      ),
    ).toEqual([{ date: "2024-06-06", person: "Ishaq Dar", metWith: "Wang Yi", place: "Beijing" }]);
    expect(
      pick(
        await query("who-met-whom", {
          person: "person:wang-yi",
          from: "2024-04-01",
          to: "2024-04-30",
        }),
        columns,
      ),
    ).toEqual([
      { date: "2024-04-26", person: "Antony Blinken", metWith: "Wang Yi", place: "Beijing" },
    ]);
  });

  it("meetings-timeline for a person", async () => {
    expect(
      pick(await query("meetings-timeline", { person: "person:ishaq-dar" }), [
        "date",
        "type",
        "place",
        "participants",
      ]),
    ).toMatchInlineSnapshot(`
      [
        {
          "date": "2024-06-06",
          "participants": [
            "Ishaq Dar",
            "Wang Yi",
          ],
          "place": "Beijing",
          "type": "meeting",
        },
      ]
    `);
  });

  it("issue-opponents: the four countries that condemned Russia's veto", async () => {
    expect(pick(await query("issue-opponents", { issue: "veto" }), ["issue", "opponent", "kind"]))
      .toMatchInlineSnapshot(`
      [
        {
          "issue": "veto",
          "kind": "Country",
          "opponent": "United Kingdom",
        },
        {
          "issue": "veto",
          "kind": "Country",
          "opponent": "Japan",
        },
        {
          "issue": "veto",
          "kind": "Country",
          "opponent": "South Korea",
        },
        {
          "issue": "veto",
          "kind": "Country",
          "opponent": "United States",
        },
      ]
    `);
  });

  it("country-oppositions and opposite-sides: Sudan against France", async () => {
    expect(
      pick(await query("country-oppositions", { country: "SDN" }), ["country", "opposes", "via"]),
    ).toMatchInlineSnapshot(`
      [
        {
          "country": "Sudan",
          "opposes": "France",
          "via": "directly",
        },
      ]
    `);
    expect(
      pick(await query("opposite-sides", { issue: "country:FRA" }), [
        "contested",
        "against",
        "for",
      ]),
    ).toMatchInlineSnapshot(`
      [
        {
          "against": "Sudan",
          "contested": "France",
          "for": "France",
        },
      ]
    `);
  });

  it("funding-flows: euro pledges for Sudan, one row per funder", async () => {
    // Keys, not names: an entity's name is the one its last article used (the EU is "Brussels" in some).
    expect(
      pick(await query("funding-flows", { recipient: "country:SDN", currency: "eur" }), [
        "funderKey",
        "recipientKey",
        "currency",
        "total",
        "pledges",
      ]),
    ).toEqual([
      {
        funderKey: "country:DEU",
        recipientKey: "country:SDN",
        currency: "EUR",
        total: 244_000_000,
        pledges: 1,
      },
      {
        funderKey: "country:FRA",
        recipientKey: "country:SDN",
        currency: "EUR",
        total: 110_000_000,
        pledges: 1,
      },
      {
        funderKey: "org:european-union",
        recipientKey: "country:SDN",
        currency: "EUR",
        total: 355_000_000,
        pledges: 1,
      },
    ]);
  });

  it("funding-totals: never adds pounds to euros", async () => {
    expect(
      pick(await query("funding-totals", { currency: "GBP" }), [
        "actor",
        "role",
        "currency",
        "total",
      ]),
    ).toMatchInlineSnapshot(`
      [
        {
          "actor": "United Kingdom",
          "currency": "GBP",
          "role": "gives",
          "total": 478000000,
        },
        {
          "actor": "France",
          "currency": "GBP",
          "role": "receives",
          "total": 478000000,
        },
      ]
    `);
  });

  it("fact-evidence: the sentence behind the EU's €7.4bn for Egypt", async () => {
    const rows = await query("fact-evidence", {
      from: "org:european-union",
      to: "country:EGY",
      type: "FUNDS",
    });
    expect(rows.map(({ fact: _, ...row }) => row)).toEqual([
      {
        factKey: "FUNDS|org:european-union|country:EGY|7400000000|EUR",
        detail: "7400000000 EUR",
        article:
          "article:https://www.meridian-wire.example/world/2024/03/17/eu-egypt-partnership-cairo",
        title:
          "EU seals €7.4bn partnership with Egypt as Meloni and Mitsotakis join von der Leyen in Cairo",
        publishedAt: new TemporalValue("datetime", "2024-03-17T18:45:00Z"),
        sentence:
          'The European Union and Egypt signed a "strategic and comprehensive partnership" on Sunday, promising the most populous Arab country €7.4bn in loans, grants and investment until 2027 as Brussels tries to shore up an economy battered by regional wars and to slow migration across the Mediterranean.',
        start: 0,
        end: 296,
        confidence: 0.85,
      },
    ]);
  });

  it("shortest-path: Blinken to Sharif through Xi Jinping", async () => {
    expect(pick(await query("shortest-path", { to: "person:shehbaz-sharif" }), ["hops", "path"]))
      .toMatchInlineSnapshot(`
      [
        {
          "hops": 2,
          "path": "Antony Blinken -[MET_WITH]-> Xi Jinping -[MET_WITH]-> Shehbaz Sharif",
        },
      ]
    `);
  });

  it("co-mentions in May 2024: Biden and the United States in both articles", async () => {
    expect(
      pick(await query("co-mentions", { from: "2024-05-01", to: "2024-05-31" }), [
        "month",
        "first",
        "second",
        "together",
      ]),
    ).toContainEqual({
      month: "2024-05",
      first: "United States",
      second: "Joe Biden",
      together: 2,
    });
  });
});

describe("npm run query, as a process", () => {
  const cli = async (args: readonly string[]) => {
    const { uri, username, password } = testNeo4j();
    const cwd = await mkdtemp(join(tmpdir(), "newsgraph-query-"));
    return runCli(["query", ...args], cwd, { uri, username, password });
  };

  beforeAll(() => loadArticles(SEEDS));

  it("prints an aligned table and exits 0", async () => {
    const result = await cli(["who-met-whom", "--param", "person=xi"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "date        person          metWith        place    articles  personKey              metWithKey
      ----------  --------------  -------------  -------  --------  ---------------------  --------------------
      2024-04-26  Antony Blinken  Wang Xiaohong  Beijing         1  person:antony-blinken  person:wang-xiaohong
      2024-04-26  Antony Blinken  Xi Jinping     Beijing         1  person:antony-blinken  person:xi-jinping
      (2 rows)
      "
    `);
    expect(result.code).toBe(0);
  });

  it("prints CSV with raw numbers", async () => {
    const result = await cli(["funding-flows", "--param", "currency=USD", "--format", "csv"]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "funder,recipient,currency,total,pledges,purposes,articles,funderKey,recipientKey
      United States,Taiwan,USD,8000000000,1,[],"[""article:seeds/000_cd41eb76cf7eaf77.txt""]",country:USA,country:TWN
      United States,foreign aid,USD,95000000000,1,"[""foreign aid""]","[""article:seeds/000_cd41eb76cf7eaf77.txt""]",country:USA,issue:foreign-aid
      "
    `);
    expect(result.code).toBe(0);
  });

  it("refuses an unknown query or a bad parameter with exit code 2", async () => {
    const unknown = await cli(["who-met"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^newsgraph: no saved query named "who-met"/);
    const bad = await cli(["who-met-whom", "--param", "from=yesterday"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /who-met-whom --param from=yesterday: expected a date written YYYY-MM-DD/,
    );
  });

  it("says what to do when nothing answers, with exit code 2", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "newsgraph-query-"));
    const result = await runCli(["query", "who-met-whom"], cwd, { uri: "bolt://127.0.0.1:1" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "newsgraph: nothing answers at bolt://127.0.0.1:1; start Neo4j (npm run db:start) or set NEO4J_URI in the environment or .env\n",
    );
  });
});
