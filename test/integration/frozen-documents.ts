import { readFile } from "node:fs/promises";
import type { LoadInput } from "../../src/load/load-context.ts";
import { GraphDocumentSchema } from "../../src/model/graph-document.ts";

/** Extracted documents frozen for the query and Browser tests (see test/fixtures/queries). */
export const QUERY_FIXTURES = "test/fixtures/queries";
export const SEED_DOCUMENTS = `${QUERY_FIXTURES}/seed.jsonl`;
export const DEV_DOCUMENTS = `${QUERY_FIXTURES}/dev-01-30.jsonl`;

/** The documents of JSON Lines files, validated, as loader inputs. */
export async function* frozenDocuments(files: readonly string[]): AsyncGenerator<LoadInput> {
  for (const file of files) {
    for (const line of (await readFile(file, "utf8")).split("\n")) {
      if (line.trim() === "") continue;
      const document = GraphDocumentSchema.parse(JSON.parse(line));
      yield { ok: true, path: document.article.source, document };
    }
  }
}
