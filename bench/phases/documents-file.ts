import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { DeferredDocument } from "../../src/load/load-context.ts";
import type { GraphDocument } from "../../src/model/graph-document.ts";

/**
 * Extracted documents as JSON Lines, so that every load phase reads the same graph without
 * extracting again and without holding it: one line, one article. Each line starts with the
 * article's key (as JSON) and content hash, tab-separated, ahead of the document, so that a
 * reload can look an article up before it parses the document, as `npm run load` looks an
 * article file up before it extracts it. JSON escapes tabs, so the first two tabs split the line.
 */
export async function* readDeferredDocuments(
  path: string,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<DeferredDocument> {
  let count = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (count >= limit) break;
    if (line === "") continue;
    count += 1;
    yield deferredDocument(line);
  }
  lines.close();
}

/** The documents of the file, each parsed. */
export async function* readDocuments(path: string, limit?: number): AsyncGenerator<GraphDocument> {
  for await (const deferred of readDeferredDocuments(path, limit)) yield deferred.extract();
}

function deferredDocument(line: string): DeferredDocument {
  const keyEnd = line.indexOf("\t");
  const hashEnd = line.indexOf("\t", keyEnd + 1);
  if (keyEnd < 0 || hashEnd < 0) throw new Error("documents file: a line without key and hash");
  return {
    key: JSON.parse(line.slice(0, keyEnd)) as string,
    contentHash: line.slice(keyEnd + 1, hashEnd),
    extract: () => JSON.parse(line.slice(hashEnd + 1)) as GraphDocument,
  };
}

export interface DocumentsWriter {
  write(document: GraphDocument): Promise<void>;
  close(): Promise<void>;
}

export function writeDocuments(path: string): DocumentsWriter {
  const stream: WriteStream = createWriteStream(path);
  return {
    async write(document) {
      const { key, contentHash } = document.article;
      const line = `${JSON.stringify(key)}\t${contentHash}\t${JSON.stringify(document)}\n`;
      if (!stream.write(line)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "finish");
    },
  };
}
