import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../../src/load/create-schema.ts";
import { readCypherCatalog } from "../../src/load/cypher-catalog.ts";
import type { GraphDocument } from "../../src/model/graph-document.ts";
import { incompleteArticles, readFootprints } from "./article-completeness.ts";
import { parseArticleCounts, runCli } from "./cli-process.ts";
import { exportGraph } from "./export-graph.ts";
import { clearDatabase, testNeo4j, withTestDriver } from "./helpers.ts";
import {
  extractedDocuments,
  syntheticFileName,
  writeSyntheticCorpus,
} from "./synthetic-articles.ts";

const LOADERS = 4;
const SHARE = 100;
/** Loader i takes articles [i·50, i·50 + 100): each overlaps its neighbours by half. */
const ranges = Array.from(
  { length: LOADERS },
  (_, i) => [i * (SHARE / 2), i * (SHARE / 2) + SHARE] as const,
);
const ARTICLES = ranges.at(-1)?.[1] ?? 0;
const neo4j = testNeo4j();

let work: string;
let documents: GraphDocument[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "newsgraph-loaders-"));
  await writeSyntheticCorpus(join(work, "in"), 0, ARTICLES);
  documents = await extractedDocuments(work, ["in"]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const filesOf = ([from, to]: readonly [number, number]) =>
  Array.from({ length: to - from }, (_, i) => join("in", syntheticFileName(from + i)));

async function rows(cypher: string): Promise<unknown[]> {
  return withTestDriver(async (driver) =>
    (await driver.executeQuery(cypher, {}, { database: neo4j.database })).records.map((r) =>
      r.toObject(),
    ),
  );
}

/** Every constraint and index the loader creates (Neo4j's own token lookup indexes stay). */
async function dropSchema(): Promise<void> {
  await withTestDriver(async (driver) => {
    const options = { database: neo4j.database };
    const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD name", {}, options);
    for (const record of constraints.records)
      await driver.executeQuery(
        "DROP CONSTRAINT $name",
        { name: record.get("name") as string },
        options,
      );
    const indexes = await driver.executeQuery(
      "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
      {},
      options,
    );
    for (const record of indexes.records)
      await driver.executeQuery(
        "DROP INDEX $name",
        { name: record.get("name") as string },
        options,
      );
  });
  expect(await rows("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(*) AS n")).toEqual(
    [{ n: 0 }],
  );
}

describe("four loaders at once over overlapping input", () => {
  it(
    "on a fresh database all succeed, create no duplicate, and leave the graph one loader alone would",
    { timeout: 240_000 },
    async () => {
      await clearDatabase();
      // As on a fresh database, the four loaders also race to create the schema.
      await dropSchema();
      // Small batches, two at a time each: many transactions contend for the same people and facts.
      const runs = await Promise.all(
        ranges.map((range) =>
          runCli(
            ["load", ...filesOf(range), "--batch-size", "5", "--concurrency", "2"],
            work,
            neo4j,
          ),
        ),
      );
      // What each loader reported beyond its progress and summary: nothing.
      const PROGRESS = /^(\[[#-]+\] )?\d+(\/\d+)? articles {2}\d+\.\d\/s/;
      expect(
        runs.map((run) => [
          run.code,
          run.stdout.split("\n").filter((line) => line.startsWith("failed: ")),
          run.stderr.split("\n").filter((line) => line !== "" && !PROGRESS.test(line)),
        ]),
      ).toEqual(ranges.map(() => [0, [], []]));
      for (const run of runs) {
        const counts = parseArticleCounts(run.stdout);
        expect((counts["loaded"] ?? 0) + (counts["unchanged"] ?? 0)).toBe(SHARE);
      }

      expect(
        await rows(
          "MATCH (n) WITH labels(n) AS labels, n.key AS key, count(*) AS copies WHERE copies > 1 RETURN labels, key",
        ),
      ).toEqual([]);
      expect(
        await rows(
          "MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH type(r) AS type, r.key AS key, count(*) AS copies WHERE copies > 1 RETURN type, key",
        ),
      ).toEqual([]);
      expect(
        await rows(
          "MATCH (a:Article)-[m]->(n) WITH a, type(m) AS type, n, count(m) AS copies WHERE copies > 1 RETURN a.key, type, n.key",
        ),
      ).toEqual([]);
      const footprints = await withTestDriver((d) => readFootprints(d, neo4j.database));
      expect(footprints.size).toBe(ARTICLES);
      expect(incompleteArticles(documents, footprints)).toEqual([]);

      // Exactly the graph of one loader over the whole input: no source lost, none counted twice.
      const concurrent = await withTestDriver((driver) => exportGraph(driver, neo4j.database));
      await clearDatabase();
      const alone = await runCli(["load", "in"], work, neo4j);
      expect(alone.code).toBe(0);
      expect(await withTestDriver((driver) => exportGraph(driver, neo4j.database))).toEqual(
        concurrent,
      );
    },
  );
  it("on a fresh database create the schema together without failing", async () => {
    await clearDatabase();
    await dropSchema();
    const { schema, read } = await readCypherCatalog();
    const race = (statements: readonly string[]) =>
      withTestDriver((driver) =>
        Promise.all(
          Array.from({ length: 4 }, () =>
            createSchema(driver, neo4j.database, { schema: statements, read }),
          ),
        ),
      );
    // Four loaders started together. Creating a constraint holds the schema long enough that the
    // others wait and find it; two plain indexes created at the same moment collide.
    await race(schema);
    await dropSchema();
    await race(schema.filter((statement) => /\bCREATE INDEX\b/.test(statement)));
    await race(schema);
    expect(await rows("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).toEqual([{ n: 12 }]);
    expect(
      await rows("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(*) AS n"),
    ).toEqual([{ n: schema.length }]);
  });

  it("create only the rules that are missing, and leave a rule of the same name alone", async () => {
    await clearDatabase();
    const catalog = await readCypherCatalog();
    const create = () => withTestDriver((driver) => createSchema(driver, neo4j.database, catalog));
    await create();
    await withTestDriver(async (driver) => {
      const options = { database: neo4j.database };
      await driver.executeQuery("DROP CONSTRAINT person_key", {}, options);
      await driver.executeQuery("DROP INDEX person_name", {}, options);
      // As IF NOT EXISTS would, a rule already holding the name is kept, whatever it covers.
      await driver.executeQuery(
        "CREATE INDEX person_name FOR (n:Person) ON (n.title)",
        {},
        options,
      );
    });
    await create();
    expect(
      await rows(
        "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties WHERE name = 'person_key' RETURN labelsOrTypes, properties",
      ),
    ).toEqual([{ labelsOrTypes: ["Person"], properties: ["key"] }]);
    expect(
      await rows(
        "SHOW INDEXES YIELD name, properties WHERE name = 'person_name' RETURN properties",
      ),
    ).toEqual([{ properties: ["title"] }]);
    expect(
      await rows("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(*) AS n"),
    ).toEqual([{ n: catalog.schema.length }]);
    await withTestDriver((driver) =>
      driver.executeQuery("DROP INDEX person_name", {}, { database: neo4j.database }),
    );
    await create();
  });
});
