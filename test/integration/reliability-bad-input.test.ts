import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractGraph } from "../../src/extract/extract-graph.ts";
import type { LoadInput } from "../../src/load/load-context.ts";
import { loadDocuments } from "../../src/load/load-documents.ts";
import type { GraphDocument } from "../../src/model/graph-document.ts";
import { readArticles } from "../../src/read/index.ts";
import { runCli } from "./cli-process.ts";
import type { CliDatabase } from "./cli-process.ts";
import { exportGraph } from "./export-graph.ts";
import { clearDatabase, testNeo4j, withTestDriver } from "./helpers.ts";

const SEED = new URL("../../seeds/000_cd41eb76cf7eaf77.txt", import.meta.url);
const neo4j = testNeo4j();
const DATABASE: CliDatabase = neo4j;
const TARGET = { uri: neo4j.uri, database: neo4j.database };
const MB = 1024 * 1024;

/** Quotes, a backslash, emoji and right-to-left text, in a title, hashtags and names. */
const AWKWARD_TITLE = `O'Brien says "no" to C:\\temp\\x 🇺🇦😀 and محمد بن سلمان`;
const AWKWARD_TAGS = ["O'Brien", 'say-"no"', "back\\slash", "😀", "سلام"];
const AWKWARD = {
  title: AWKWARD_TITLE,
  hashtags: AWKWARD_TAGS,
  publishedAt: "2024-05-02T09:00:00Z",
  body: `Foreign Minister Sean O'Brien of Ireland met President Volodymyr Zelensky in Kyiv on Monday. 😀 Crown Prince محمد بن سلمان sent a note that said "peace" and C:\\temp\\x.`,
};

const seedText = (body: string, stamp: string) => `Paris.- ${body}\n#talks #test\n${stamp}\n`;
const MEETING = "President Joe Biden met President Emmanuel Macron in Paris on Friday.";
const record = (title: string, publishedAt?: string) =>
  JSON.stringify({ title, body: MEETING, ...(publishedAt === undefined ? {} : { publishedAt }) });

/** Every bad case, and the valid articles that share the run with them. */
async function writeInputs(dir: string): Promise<void> {
  const put = (name: string, content: string | Uint8Array) =>
    writeFile(join(dir, "in", name), content);
  await mkdir(join(dir, "in"), { recursive: true });
  await copyFile(SEED, join(dir, "in", "good-seed.txt"));
  await put("empty.txt", "");
  await put(
    "binary.txt",
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256),
  );
  await put(
    "latin1.txt",
    Buffer.from(seedText("Caf\xe9 talks in Paris.", "2024-05-01 10:00:00"), "latin1"),
  );
  await put("huge.txt", seedText("x".repeat(20 * MB), "2024-05-01 10:00:00"));
  await put(
    "huge-line.jsonl",
    [
      record("First of three", "2024-05-01T10:00:00Z"),
      JSON.stringify({
        title: "Huge",
        body: "word ".repeat(4 * MB),
        publishedAt: "2024-05-01T10:00:00Z",
      }),
      record("Third of three", "2024-05-03T10:00:00Z"),
    ].join("\n"),
  );
  await put("no-time.txt", `Paris.- ${MEETING}\n#Biden #Macron\n`);
  await put("impossible-date.txt", seedText(MEETING, "2024-02-30 10:00:00"));
  await put("broken.json", `{"title": "Cut short", "body": "${MEETING}"`);
  await put(
    "records.jsonl",
    [record("Line one", "2024-05-01T10:00:00Z"), `{"title": bad json}`, record("No date")].join(
      "\n",
    ),
  );
  await put("wrong-types.md", `---\ntitle: [1, 2]\npublishedAt: 12\nurl: 7\n---\n${MEETING}\n`);
  const sameUrl = (title: string, day: string, body: string) =>
    `---\ntitle: ${title}\npublishedAt: 2024-05-${day}T00:00:00Z\nurl: https://news.example/same\n---\n${body}\n`;
  await put("dup-a.md", sameUrl("First with this URL", "01", MEETING));
  await put(
    "dup-b.md",
    sameUrl("Second with this URL", "02", "Chancellor Olaf Scholz met Xi Jinping."),
  );
  await put("names.json", JSON.stringify(AWKWARD));
}

const PROGRESS = /^(\[[#-]+\] )?\d+(\/\d+)? articles {2}\d+\.\d\/s/;
const OPTIONS = { batchSize: 100, concurrency: 2, sync: false };

const EXPECTED_KEYS = [
  "article:https://news.example/same",
  "article:in/good-seed.txt",
  "article:in/huge-line.jsonl#1",
  "article:in/huge-line.jsonl#3",
  "article:in/names.json",
  "article:in/records.jsonl#1",
];

const EXPECTED_FAILURES = [
  "failed: in/binary.txt: binary file (contains NUL bytes), not article text",
  "failed: in/broken.json: malformed JSON: Expected ',' or '}' after property value in JSON at position 102",
  "failed: in/dup-b.md: duplicate article key article:https://news.example/same: already read from in/dup-a.md",
  "failed: in/empty.txt: empty file",
  "failed: in/huge-line.jsonl:2: too large: 20.0 MB, the limit is 5.0 MB per article (option maxBytes)",
  "failed: in/huge.txt: too large: 20.0 MB, the limit is 5.0 MB per article (option maxBytes)",
  'failed: in/impossible-date.txt: publishedAt: impossible date or time "2024-02-30 10:00:00"',
  "failed: in/latin1.txt: not valid UTF-8 text; re-save the file as UTF-8",
  'failed: in/no-time.txt: no publication time: the last line should be YYYY-MM-DD HH:MM:SS, found "#Biden #Macron"',
  'failed: in/records.jsonl:2: malformed JSON: Unexpected token \'b\', "{"title": bad json}" is not valid JSON',
  "failed: in/records.jsonl:3: publishedAt: missing",
  "failed: in/wrong-types.md: title: expected a string, got a list; publishedAt: expected a string, got number; url: expected a string, got number",
];

async function articleKeys(): Promise<string[]> {
  return withTestDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      "MATCH (a:Article) RETURN a.key AS key ORDER BY key",
    );
    return records.map((r) => r.get("key") as string);
  });
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-bad-input-"));
  await writeInputs(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("load: bad input through the CLI", () => {
  it(
    "reports each bad file with its path and reason, loads every valid article, writes nothing of the rest, exits 1",
    { timeout: 120_000 },
    async () => {
      await clearDatabase();
      const mixed = await runCli(["load", "in"], dir, DATABASE);
      expect(mixed.code).toBe(1);
      expect(mixed.stdout).toMatch(/^articles: 6 loaded, 0 unchanged, 0 removed, 12 failed$/m);
      expect(mixed.stdout.split("\n").filter((line) => line.startsWith("failed: "))).toEqual(
        EXPECTED_FAILURES,
      );
      // stderr holds progress lines only: no error, no stack trace.
      expect(
        mixed.stderr.split("\n").filter((line) => line !== "" && !PROGRESS.test(line)),
      ).toEqual([]);
      expect(await articleKeys()).toEqual(EXPECTED_KEYS);
      const afterMixed = await withTestDriver((driver) => exportGraph(driver, neo4j.database));

      // Nothing of a failed input stayed: the graph is exactly what the valid articles alone give.
      await clearDatabase();
      const clean = await withTestDriver(async (driver) =>
        loadDocuments(driver, TARGET, validInputs(await readValid()), OPTIONS),
      );
      expect(clean.articles).toEqual({ loaded: 6, unchanged: 0, removed: 0, failed: 0 });
      expect(await withTestDriver((driver) => exportGraph(driver, neo4j.database))).toEqual(
        afterMixed,
      );
    },
  );

  it(
    "stores quotes, backslashes, emoji and right-to-left text exactly",
    { timeout: 60_000 },
    async () => {
      await clearDatabase();
      const run = await runCli(["load", "in/names.json"], dir, DATABASE);
      expect(run.code).toBe(0);
      const stored = await withTestDriver(async (driver) => {
        const { records } = await driver.executeQuery(
          `MATCH (a:Article {key: 'article:in/names.json'})
         OPTIONAL MATCH (a)-[:MENTIONS]->(n)
         WITH a, n ORDER BY n.key
         RETURN a.title AS title, a.hashtags AS hashtags, collect([n.key, n.name, n.aliases]) AS entities`,
        );
        return records.map((r) => r.toObject());
      });
      const extracted = await extractedDocument("in/names.json");
      const expectedEntities = extracted.entities
        .filter((entity) => entity.label !== "Event")
        .map((entity) => [entity.key, entity.name, "aliases" in entity ? entity.aliases : null])
        .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
      expect(stored).toEqual([
        { title: AWKWARD_TITLE, hashtags: AWKWARD_TAGS, entities: expectedEntities },
      ]);
      // The extraction must hand the loader a name with a quote, or this proves nothing about names.
      expect(expectedEntities.map(([, name]) => name)).toContain("Sean O'Brien");
    },
  );
});

async function extractedDocument(path: string): Promise<GraphDocument> {
  const [document] = await readValid(path);
  if (document === undefined) throw new Error(`${path} did not read`);
  return document;
}

/** The articles under `path` that read, extracted as the CLI does; failed records left out. */
async function readValid(path = "in"): Promise<GraphDocument[]> {
  const documents: GraphDocument[] = [];
  for await (const outcome of readArticles([join(dir, path)], { root: dir })) {
    if (outcome.ok) documents.push(extractGraph(outcome.article));
  }
  return documents;
}

async function* validInputs(documents: readonly GraphDocument[]): AsyncGenerator<LoadInput> {
  for (const document of documents)
    await Promise.resolve(yield { ok: true, path: document.article.source, document });
}
