import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  byteLines,
  readDeferredDocuments,
  readDocuments,
  writeDocuments,
} from "../../../bench/phases/documents-file.ts";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { parseArticleText } from "../../../src/read/index.ts";
import type { GraphDocument } from "../../../src/model/graph-document.ts";

const dir = await mkdtemp(join(tmpdir(), "newsgraph-documents-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

function documentFor(path: string, body: string): GraphDocument {
  const text = `${body}\n#Diplomacy\n2025-03-04 10:00:00\n`;
  const [outcome] = parseArticleText(text, { path: join(dir, path), root: dir });
  if (outcome === undefined || !outcome.ok) throw new Error(`${path} does not parse`);
  return extractGraph(outcome.article);
}

const documents = [
  documentFor("first.txt", "Japan pledged $2 billion to Kenya on Monday."),
  // A tab in the file name ends up in the key: JSON escapes it, so the line still splits.
  documentFor("tab\there.txt", "France condemned the strike, its foreign ministry said."),
];

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("the benchmark's documents file", () => {
  const path = join(dir, "documents.jsonl");
  const writer = writeDocuments(path);
  for (const document of documents) writer.write(document);
  writer.close();

  it("gives each article's key and hash before its document is parsed", async () => {
    const deferred = await collect(readDeferredDocuments(path));
    expect(deferred.map(({ key, contentHash }) => ({ key, contentHash }))).toEqual(
      documents.map(({ article }) => ({ key: article.key, contentHash: article.contentHash })),
    );
    expect(deferred.map((entry) => entry.extract())).toEqual(documents);
  });

  it("reads the documents back whole, up to a limit", async () => {
    expect(await collect(readDocuments(path))).toEqual(documents);
    expect(await collect(readDocuments(path, 1))).toEqual(documents.slice(0, 1));
  });

  it("splits lines wherever the chunks end, a line longer than a chunk included", async () => {
    const lines = ["", "a", "bc", "", "défg\thi", "x".repeat(40), "jk"];
    const file = join(dir, "lines.txt");
    for (const ending of ["", "\n"]) {
      await writeFile(file, lines.join("\n") + ending);
      for (const chunkSize of [1, 2, 3, 5, 7, 64, 1 << 20]) {
        const read = (await collect(byteLines(file, chunkSize))).map((line) =>
          line.toString("utf8"),
        );
        expect(read).toEqual(lines);
      }
    }
  });
});
