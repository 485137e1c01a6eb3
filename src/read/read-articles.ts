import { resolve } from "node:path";
import { NewsgraphError } from "../errors.ts";
import { decodeArticleBytes } from "./decode-article-bytes.ts";
import { formatOf, unsupportedReason } from "./input-formats.ts";
import { parseArticleText } from "./parse-article-text.ts";
import { runInOrder, type Job, type Window } from "./read-ahead.ts";
import { readFileBytes } from "./read-file-bytes.ts";
import { readJsonLines } from "./read-json-lines.ts";
import { DEFAULT_MAX_BYTES, failure, type ReadOptions, type ReadOutcome } from "./read-outcome.ts";
import { walkInputs, type InputEntry } from "./walk-inputs.ts";

/**
 * Files queued ahead of the consumer (see runInOrder): 64 files, or fewer once they hold 1 MiB,
 * so at most 1 MiB and one file more are held. A whole file is read as it is queued
 * (synchronously: see readFileBytes); a JSON Lines file streams when its turn comes.
 */
const READ_AHEAD: Window = { jobs: 64, bytes: 1024 * 1024 };

/**
 * Reads articles from files and folders, one outcome per record, in a fixed order, streamed: at
 * most a run of files (READ_AHEAD: 1 MiB and one file more) is in memory at a time, and one line
 * of a JSON Lines file, so a 50k-article corpus is never held whole. A file that fails is an outcome like any other; the iteration goes on.
 */
export async function* readArticles(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadOutcome> {
  const root = resolve(options.root ?? process.cwd());
  const maxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  // Keys only, not articles: 50k short strings are a few MB.
  const firstSourceByKey = new Map<string, string>();
  for await (const outcome of runInOrder(jobsFor(walkInputs(paths, root), maxBytes), READ_AHEAD)) {
    yield rejectDuplicate(outcome, firstSourceByKey);
  }
}

async function* jobsFor(
  entries: AsyncIterable<InputEntry>,
  maxBytes: number,
): AsyncGenerator<Job<ReadOutcome>> {
  for await (const entry of entries) {
    if (entry.kind === "error")
      yield { eager: Promise.resolve([failure(entry.path, entry.reason)]), bytes: 0 };
    else if (formatOf(entry.path) === "jsonl") {
      yield { lazy: () => readJsonLines(entry.absolutePath, entry.path, maxBytes) };
    } else {
      const read = readWholeFile(entry.absolutePath, entry.path, maxBytes);
      yield { eager: Promise.resolve(read.outcomes), bytes: read.bytes };
    }
  }
}

/** Every format but JSON Lines is parsed from the whole text, so the file limit is the article limit. */
function readWholeFile(
  absolutePath: string,
  path: string,
  maxBytes: number,
): { outcomes: ReadOutcome[]; bytes: number } {
  // Checked before opening: an explicitly named photo or archive is refused unread.
  if (formatOf(path) === undefined)
    return { outcomes: [failure(path, unsupportedReason(path))], bytes: 0 };
  const file = readFileBytes(absolutePath, maxBytes);
  if (!file.ok) return { outcomes: [failure(path, file.reason)], bytes: 0 };
  const { length } = file.bytes;
  const decoded = decodeArticleBytes(file.bytes);
  if (!decoded.ok) return { outcomes: [failure(path, decoded.reason)], bytes: length };
  return { outcomes: parseArticleText(decoded.text, { path }), bytes: length };
}

function rejectDuplicate(outcome: ReadOutcome, firstSourceByKey: Map<string, string>): ReadOutcome {
  if (!outcome.ok) return outcome;
  const { key, source } = outcome.article;
  const first = firstSourceByKey.get(key);
  if (first === undefined) {
    firstSourceByKey.set(key, source);
    return outcome;
  }
  return failure(source, `duplicate article key ${key}: already read from ${first}`);
}

function checkMaxBytes(maxBytes: number): number {
  if (Number.isFinite(maxBytes) && maxBytes > 0) return maxBytes;
  throw new NewsgraphError(
    "config",
    `maxBytes must be a positive number of bytes, got ${maxBytes}`,
  );
}
