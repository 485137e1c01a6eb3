import { createReadStream } from "node:fs";
import { decodeArticleBytes, tooLargeReason } from "./decode-article-bytes.ts";
import { describeFsError } from "./describe-fs-error.ts";
import { normaliseText } from "./normalise-text.ts";
import { parseJsonLine } from "./parse-json-records.ts";
import { failure, type ReadOutcome } from "./read-outcome.ts";
import { splitByteLines, type ByteLine } from "./split-byte-lines.ts";

/**
 * Streams a JSON Lines file record by record: the file may hold a whole corpus, so it is never
 * held in memory, and the size limit applies to each line (each article), not to the file.
 * A bad line fails as `path:<line>`; the other lines still load.
 */
export async function* readJsonLines(
  absolutePath: string,
  path: string,
  maxBytes: number,
): AsyncGenerator<ReadOutcome> {
  let records = 0;
  try {
    for await (const line of splitByteLines(createReadStream(absolutePath), maxBytes)) {
      if (records === 0 && "bytes" in line && line.bytes.includes(0)) {
        yield failure(path, "binary file (contains NUL bytes), not JSON Lines");
        return;
      }
      const outcome = parseByteLine(line, path, maxBytes);
      if (outcome === undefined) continue;
      records++;
      yield outcome;
    }
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  if (records === 0) yield failure(path, "empty file");
}

function parseByteLine(line: ByteLine, path: string, maxBytes: number): ReadOutcome | undefined {
  const where = `${path}:${line.lineNumber}`;
  if ("tooLong" in line) return failure(where, tooLargeReason(line.tooLong, maxBytes));
  if (line.bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) return undefined;
  const decoded = decodeArticleBytes(line.bytes);
  if (!decoded.ok) return failure(where, decoded.reason);
  return parseJsonLine(normaliseText(decoded.text), path, line.lineNumber);
}
