import { FACT_SENTENCES } from "./fact-sources.ts";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/load/load-documents.ts";
import type { Entity, GraphDocument } from "../../src/model/graph-document.ts";
import { GRAPH_RELATIONSHIP_TYPES, NODE_LABELS } from "../../src/model/labels.ts";
import { runCli } from "./cli-process.ts";
import { exportGraph } from "./export-graph.ts";
import type { GraphExport } from "./export-graph.ts";
import { clearDatabase, testNeo4j, withTestDriver } from "./helpers.ts";
import { articleDocument, fact, inputsOf } from "./load-fixtures.ts";

const SEED = new URL("../../seeds/000_cd41eb76cf7eaf77.txt", import.meta.url);
const neo4j = testNeo4j();
const DATABASE = neo4j;
const TARGET = { uri: neo4j.uri, database: neo4j.database };

const DELETE_ALL = "'}) DETACH DELETE n //";
const HOSTILE_TITLE =
  "'}) DETACH DELETE n // `Person` $rows :play movies CALL dbms.security.listUsers()";
const HOSTILE_TAGS = [DELETE_ALL, "`Person`", "$rows", ":play", "CALL dbms.components()"];
const MEETING_SENTENCE =
  "Foreign Minister Anna Lindgren of Norway met President Gabriel Fuentes of Chile in Oslo on Monday and said '}) DETACH DELETE n // was not on the agenda.";
const BANNER_SENTENCE =
  "Prime Minister Erik Solvang of Norway met Chancellor Karl Eder of Austria on Tuesday; ') MATCH (n) DETACH DELETE n RETURN 1 // was written on a banner.";

const HOSTILE_JSON = {
  title: HOSTILE_TITLE,
  url: "https://evil.example/a?q=%27%7D)%20DETACH%20DELETE%20n",
  source: "MATCH (n) DETACH DELETE n;",
  dateline: "Oslo`}) DETACH DELETE n //",
  hashtags: HOSTILE_TAGS,
  publishedAt: "2024-06-03T08:00:00Z",
  body: [
    MEETING_SENTENCE,
    "Norway opposes the `Person` {key: $rows} proposal, Lindgren said, and :play movies was typed in CALL dbms.killQueries(['x']) style.",
    "Norway will provide 25 million euros to Chile for $param climate projects.",
  ].join("\n"),
};

const HOSTILE_SEED = [
  `Oslo.- ${BANNER_SENTENCE.replace("Oslo.- ", "")}`,
  "Austria opposes `Event`]->(x) SET x.hacked = true // and :play northwind, Eder said.",
  "#Solvang #Eder",
  "2024-06-04 09:00:00",
  "",
].join("\n");

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-hostile-"));
  await mkdir(join(dir, "base"));
  await mkdir(join(dir, "hostile"));
  await copyFile(SEED, join(dir, "base", "seed.txt"));
  await writeFile(join(dir, "hostile", "cypher.json"), JSON.stringify(HOSTILE_JSON));
  await writeFile(join(dir, "hostile", "cypher.txt"), HOSTILE_SEED);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => clearDatabase());

const graph = () => withTestDriver((driver) => exportGraph(driver, neo4j.database));

async function rows(cypher: string): Promise<Record<string, unknown>[]> {
  return withTestDriver(async (driver) =>
    (await driver.executeQuery(cypher)).records.map((record) => record.toObject()),
  );
}

/** Two exports of disjoint graphs, merged and sorted as `exportGraph` sorts. */
function union(a: GraphExport, b: GraphExport): GraphExport {
  const merge = (x: unknown[], y: unknown[]) =>
    [...x, ...y]
      .map((item) => JSON.stringify(item))
      .sort()
      .map((json) => JSON.parse(json) as unknown);
  return { nodes: merge(a.nodes, b.nodes), relationships: merge(a.relationships, b.relationships) };
}

const keysOf = (graph: GraphExport) =>
  graph.nodes.map((node) => (node as { properties: { key: string } }).properties.key);

async function expectClosedLabelsAndTypes(): Promise<void> {
  const labels = await rows("MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label");
  const types = await rows("MATCH ()-[r]->() RETURN DISTINCT type(r) AS type");
  const allowedLabels: readonly string[] = NODE_LABELS;
  const allowedTypes: readonly string[] = GRAPH_RELATIONSHIP_TYPES;
  expect(
    labels.map((row) => row["label"]).filter((label) => !allowedLabels.includes(String(label))),
  ).toEqual([]);
  expect(
    types.map((row) => row["type"]).filter((type) => !allowedTypes.includes(String(type))),
  ).toEqual([]);
}

describe("hostile article text through the CLI", () => {
  it(
    "is stored only as data, and leaves the rest of the graph as it was",
    { timeout: 120_000 },
    async () => {
      expect((await runCli(["load", "hostile"], dir, DATABASE)).code).toBe(0);
      const hostileAlone = await graph();
      await clearDatabase();

      expect((await runCli(["load", "base"], dir, DATABASE)).code).toBe(0);
      const before = await graph();
      expect(before.nodes.length).toBeGreaterThan(10);
      // The hostile articles share no entity with the base, so the result must be the plain union.
      expect(keysOf(hostileAlone).filter((key) => keysOf(before).includes(key))).toEqual([]);

      const hostile = await runCli(["load", "hostile"], dir, DATABASE);
      expect(hostile.code).toBe(0);
      expect(hostile.stdout).toMatch(/^articles: 2 loaded, 0 unchanged, 0 removed, 0 failed$/m);
      expect(await graph()).toEqual(union(before, hostileAlone));

      expect(
        await rows(
          `MATCH (a:Article) WHERE a.key STARTS WITH 'article:https://evil'
           RETURN a.key AS key, a.title AS title, a.url AS url, a.dateline AS dateline, a.hashtags AS hashtags`,
        ),
      ).toEqual([
        {
          key: `article:${HOSTILE_JSON.url}`,
          title: HOSTILE_TITLE,
          url: HOSTILE_JSON.url,
          dateline: HOSTILE_JSON.dateline,
          hashtags: HOSTILE_TAGS,
        },
      ]);
      expect(
        await rows(
          `MATCH (a)-[r:MET_WITH]->()
           WITH r, ${FACT_SENTENCES} AS sentences
           WHERE any(s IN sentences WHERE s CONTAINS 'DETACH DELETE')
           RETURN sentences ORDER BY r.key`,
        ),
      ).toEqual([{ sentences: [MEETING_SENTENCE] }, { sentences: [BANNER_SENTENCE] }]);
      await expectClosedLabelsAndTypes();
    },
  );
});

const HOSTILE_PERSON: Entity = {
  label: "Person",
  key: "person:'}) DETACH DELETE n //",
  name: "Robert'); MATCH (n) DETACH DELETE n; //",
  // In code-point order, as the loader stores lists.
  aliases: ["$rows", ":play movies", "CALL dbms.components()", "`Person`", 'a "quoted" \\ name'],
  title: "${title} {key: $key}",
  country: "USA",
};
const HOSTILE_ISSUE: Entity = {
  label: "Issue",
  key: "issue:`]->() DETACH DELETE n //",
  name: "CALL dbms.security.createUser('eve', 'secret12', false)",
  keywords: ["$param", "}) RETURN 1 //"],
};

describe("hostile values handed straight to loadDocuments", () => {
  it("stores every key, name and property exactly as given", async () => {
    const document = articleDocument(
      "hostile",
      [HOSTILE_PERSON, HOSTILE_ISSUE],
      [fact("OPPOSES", HOSTILE_PERSON, HOSTILE_ISSUE, { what: ":play movies" }, DELETE_ALL)],
    );
    const report = await withTestDriver((driver) =>
      loadDocuments(driver, TARGET, inputsOf([document]), {
        batchSize: 10,
        concurrency: 1,
        sync: false,
      }),
    );
    expect(report.articles).toEqual({ loaded: 1, unchanged: 0, removed: 0, failed: 0 });
    expect(
      await rows(
        `MATCH (a:Article)-[:MENTIONS]->(n) WITH n ORDER BY n.key
         RETURN labels(n) AS labels, properties(n) AS properties`,
      ),
    ).toEqual(
      [
        { labels: ["Issue"], properties: { ...HOSTILE_ISSUE, label: undefined } },
        { labels: ["Person"], properties: { ...HOSTILE_PERSON, label: undefined } },
      ].map(({ labels, properties }) => ({ labels, properties: withoutUndefined(properties) })),
    );
    expect(
      await rows(
        `MATCH (a:Person)-[r:OPPOSES]->(i:Issue)
         RETURN a.key AS from, i.key AS to, r.what AS what, ${FACT_SENTENCES} AS sentences`,
      ),
    ).toEqual([
      {
        from: HOSTILE_PERSON.key,
        to: HOSTILE_ISSUE.key,
        what: ":play movies",
        sentences: [DELETE_ALL],
      },
    ]);
    await expectClosedLabelsAndTypes();
  });

  it("refuses labels and types outside the closed sets, writes nothing of them, and loads the rest", async () => {
    const good = articleDocument("good", [HOSTILE_PERSON], []);
    const badLabel = articleDocument(
      "bad-label",
      [{ ...HOSTILE_PERSON, label: "Person:Admin`) DETACH DELETE n //" } as unknown as Entity],
      [],
    );
    const badType = articleDocument(
      "bad-type",
      [HOSTILE_PERSON, HOSTILE_ISSUE],
      [
        {
          ...fact("OPPOSES", HOSTILE_PERSON, HOSTILE_ISSUE),
          type: "OWNS]->() DETACH DELETE n //",
        } as unknown as GraphDocument["relationships"][number],
      ],
    );
    const report = await withTestDriver((driver) =>
      loadDocuments(driver, TARGET, inputsOf([badLabel, good, badType]), {
        batchSize: 10,
        concurrency: 1,
        sync: false,
      }),
    );
    expect(report.articles).toEqual({ loaded: 1, unchanged: 0, removed: 0, failed: 2 });
    expect(report.failures).toEqual([
      {
        path: "seeds/bad-label.txt",
        reason:
          'extracted graph is inconsistent: entity person:\'}) DETACH DELETE n // has label "Person:Admin`) DETACH DELETE n //", not one of Person, Country, Organization, Issue, Event',
      },
      {
        path: "seeds/bad-type.txt",
        reason:
          'extracted graph is inconsistent: relationship person:\'}) DETACH DELETE n // -> issue:`]->() DETACH DELETE n // has type "OWNS]->() DETACH DELETE n //", not one of MET_WITH, OPPOSES, FUNDS, REPRESENTS, PARTICIPATED_IN, CONCERNS',
      },
    ]);
    expect(await rows("MATCH (a:Article) RETURN a.key AS key")).toEqual([
      { key: "article:seeds/good.txt" },
    ]);
    expect(await rows("MATCH (n) RETURN count(n) AS nodes")).toEqual([{ nodes: 2 }]);
    await expectClosedLabelsAndTypes();
  });
});

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
