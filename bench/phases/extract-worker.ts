import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { extractGraph } from "../../src/extract/extract-graph.ts";
import { parseArticleText } from "../../src/read/index.ts";

/** One worker thread: reads, parses and extracts its share of the corpus files. */
interface Share {
  readonly corpusDir: string;
  readonly files: readonly string[];
}

const { corpusDir, files } = workerData as Share;
// Loaded and compiled by now: say so, and wait until every worker is, so that the timing starts
// on equal terms.
parentPort?.postMessage("ready");
await new Promise((resolve) => parentPort?.once("message", resolve));
let articles = 0;
let bytes = 0;
let relationships = 0;
for (const file of files) {
  const text = await readFile(join(corpusDir, file), "utf8");
  bytes += Buffer.byteLength(text);
  for (const outcome of parseArticleText(text, { path: file })) {
    if (!outcome.ok) continue;
    relationships += extractGraph(outcome.article).relationships.length;
    articles += 1;
  }
}
parentPort?.postMessage({ articles, bytes, relationships });
