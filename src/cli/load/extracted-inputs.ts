import { extractGraph } from "../../extract/extract-graph.ts";
import { extractDeferred } from "../../load/load-context.ts";
import type { DeferredInput, ExtractedInput } from "../../load/load-context.ts";
import { readArticles, type ReadOptions } from "../../read/index.ts";

/**
 * Reads the articles under `paths` one at a time and leaves their extraction to the loader,
 * which runs it only for articles whose content hash is not in the graph yet. `options` as for
 * readArticles (the root that article keys are relative to, the size limit).
 */
export async function* deferredInputs(
  paths: readonly string[],
  options?: ReadOptions,
): AsyncGenerator<DeferredInput> {
  for await (const outcome of readArticles(paths, options)) {
    if (!outcome.ok) {
      yield outcome;
      continue;
    }
    const { article } = outcome;
    yield {
      ok: true,
      path: article.source,
      deferred: {
        key: article.key,
        contentHash: article.contentHash,
        extract: () => extractGraph(article),
      },
    };
  }
}

/** Reads and extracts the articles under `paths` one at a time, as the consumer asks for them. */
export async function* extractedInputs(paths: readonly string[]): AsyncGenerator<ExtractedInput> {
  for await (const input of deferredInputs(paths)) {
    yield input.ok ? extractDeferred(input.path, input.deferred) : input;
  }
}
