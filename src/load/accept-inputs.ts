import { reportProgress } from "./load-context.ts";
import type { AcceptedArticle, LoadContext, LoadInput } from "./load-context.ts";

/** The fewest articles whose content hashes are looked up together. */
export const LOOKUP_BATCH = 2000;

/** What the inputs held, for `--sync`: every article key seen, and inputs that had no key. */
export interface InputLedger {
  readonly pathsByKey: Map<string, string>;
  unreadable: number;
}

/**
 * Passes on the inputs that can be written, in batches for one hash lookup each (`batchSize`
 * articles, and at least LOOKUP_BATCH: a lookup of 2,000 keys costs little more than one of
 * 500, and an unchanged reload is mostly lookups). Inputs that failed to read or extract, and a
 * second article with a key already seen, are reported as failures here, without touching the
 * database; documents are checked once their lookup says they are new or changed. Stops when the
 * load's signal is aborted.
 */
export async function* acceptInputs(
  context: LoadContext,
  inputs: AsyncIterable<LoadInput>,
  ledger: InputLedger,
): AsyncGenerator<AcceptedArticle[]> {
  let batch: AcceptedArticle[] = [];
  const signal = context.options.signal;
  for await (const input of inputs) {
    // Breaking out closes the reader: an interrupted load reads nothing more.
    if (signal?.aborted) return;
    const article = accept(context, input, ledger);
    if (article === undefined) continue;
    batch.push(article);
    if (batch.length >= Math.max(context.options.batchSize, LOOKUP_BATCH)) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0 && !signal?.aborted) yield batch;
}

function accept(
  context: LoadContext,
  input: LoadInput,
  ledger: InputLedger,
): AcceptedArticle | undefined {
  const reason = rejection(input, ledger);
  if (reason === undefined && input.ok) {
    if ("deferred" in input) {
      const { key, contentHash } = input.deferred;
      return { path: input.path, key, contentHash, deferred: input.deferred };
    }
    const { key, contentHash } = input.document.article;
    return { path: input.path, key, contentHash, document: input.document };
  }
  context.tally.fail(input.path, reason ?? "rejected");
  reportProgress(context);
  return undefined;
}

function rejection(input: LoadInput, ledger: InputLedger): string | undefined {
  if (!input.ok) {
    ledger.unreadable += 1;
    return input.reason;
  }
  const key = "deferred" in input ? input.deferred.key : input.document.article.key;
  const earlier = ledger.pathsByKey.get(key);
  if (earlier !== undefined)
    return `article key ${key} is also the key of ${earlier}; loaded that one`;
  ledger.pathsByKey.set(key, input.path);
  return undefined;
}
