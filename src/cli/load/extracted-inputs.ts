import { describeCause } from "../../errors.ts";
import { extractGraph } from "../../extract/extract-graph.ts";
import type { LoadInput } from "../../load/load-context.ts";
import { readArticles } from "../../read/index.ts";

/** Reads and extracts the articles under `paths` one at a time, as the loader asks for them. */
export async function* extractedInputs(paths: readonly string[]): AsyncGenerator<LoadInput> {
  for await (const outcome of readArticles(paths)) {
    if (!outcome.ok) {
      yield outcome;
      continue;
    }
    const path = outcome.article.source;
    try {
      yield { ok: true, path, document: extractGraph(outcome.article) };
    } catch (error) {
      yield { ok: false, path, reason: `extraction failed: ${describeCause(error)}` };
    }
  }
}
