import { closeSync, createReadStream, openSync, writeSync } from "node:fs";
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
  for await (const line of byteLines(path)) {
    if (count >= limit) break;
    if (line.length === 0) continue;
    count += 1;
    yield deferredDocument(line);
  }
}

/** The documents of the file, each parsed. */
export async function* readDocuments(path: string, limit?: number): AsyncGenerator<GraphDocument> {
  for await (const deferred of readDeferredDocuments(path, limit)) yield deferred.extract();
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * The file's lines as bytes: only the key and hash of a line are decoded up front, so an
 * unchanged article costs neither decoding nor parsing its document (readline decoded all of
 * it, half of an unchanged reload's client time). UTF-8 never puts a newline or tab byte inside
 * a character, so splitting bytes splits characters nowhere. A line is a view of the chunk it is
 * in; only a line that runs across chunks is copied (copying every chunk onto the last one's
 * rest, 34 MB a 10k reload, made half of the reading's garbage collection).
 */
export async function* byteLines(path: string, chunkSize = 1 << 20): AsyncGenerator<Buffer> {
  let rest: Buffer[] = [];
  const chunks = createReadStream(path, { highWaterMark: chunkSize }) as AsyncIterable<Buffer>;
  for await (const chunk of chunks) {
    let from = 0;
    let at = chunk.indexOf(NEWLINE);
    if (at >= 0 && rest.length > 0) {
      rest.push(chunk.subarray(0, at));
      yield Buffer.concat(rest);
      rest = [];
      from = at + 1;
      at = chunk.indexOf(NEWLINE, from);
    }
    for (; at >= 0; at = chunk.indexOf(NEWLINE, from)) {
      yield chunk.subarray(from, at);
      from = at + 1;
    }
    if (from < chunk.length) rest.push(chunk.subarray(from));
  }
  if (rest.length > 0) yield Buffer.concat(rest);
}

function deferredDocument(line: Buffer): DeferredDocument {
  const keyEnd = line.indexOf(TAB);
  const hashEnd = line.indexOf(TAB, keyEnd + 1);
  if (keyEnd < 0 || hashEnd < 0) throw new Error("documents file: a line without key and hash");
  return {
    key: JSON.parse(line.toString("utf8", 0, keyEnd)) as string,
    contentHash: line.toString("utf8", keyEnd + 1, hashEnd),
    extract: () => JSON.parse(line.toString("utf8", hashEnd + 1)) as GraphDocument,
  };
}

export interface DocumentsWriter {
  /** Appends one document's line (see `documentLine`). */
  writeLine(line: string): void;
  write(document: GraphDocument): void;
  close(): void;
}

/** One document as a line of the file: key and content hash ahead of the document. */
export function documentLine(document: GraphDocument): string {
  const { key, contentHash } = document.article;
  return `${JSON.stringify(key)}\t${contentHash}\t${JSON.stringify(document)}\n`;
}

/** Lines are written out once this many characters have gathered. */
const FLUSH_CHARS = 1 << 20;

/**
 * A documents file written synchronously, a megabyte at a time, on the calling thread: the
 * extraction phase leaves the writing out of its figure, and with a write stream the writing
 * ran on libuv's threads during the next articles' extraction (on one machine, 12.2–12.9 s of
 * wall time for 9.3–10.1 s of CPU over a 10k corpus); written here it happens between two
 * extractions. On a slower machine the timed figure did not move and the phase took about
 * 1.2 s less in all.
 */
export function writeDocuments(path: string): DocumentsWriter {
  const fd = openSync(path, "w");
  let pending: string[] = [];
  let chars = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    writeSync(fd, pending.join(""));
    pending = [];
    chars = 0;
  };
  const writeLine = (line: string): void => {
    pending.push(line);
    chars += line.length;
    if (chars >= FLUSH_CHARS) flush();
  };
  return {
    writeLine,
    write: (document) => writeLine(documentLine(document)),
    close() {
      flush();
      closeSync(fd);
    },
  };
}
