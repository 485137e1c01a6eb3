import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { GraphDocument } from "../../src/model/graph-document.ts";

/**
 * Extracted documents as JSON Lines, so that every load phase reads the same graph without
 * extracting again and without holding it: one line, one article.
 */
export async function* readDocuments(
  path: string,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<GraphDocument> {
  let count = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (count >= limit) break;
    if (line === "") continue;
    count += 1;
    yield JSON.parse(line) as GraphDocument;
  }
  lines.close();
}

export interface DocumentsWriter {
  write(document: GraphDocument): Promise<void>;
  close(): Promise<void>;
}

export function writeDocuments(path: string): DocumentsWriter {
  const stream: WriteStream = createWriteStream(path);
  return {
    async write(document) {
      if (!stream.write(`${JSON.stringify(document)}\n`)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "finish");
    },
  };
}
