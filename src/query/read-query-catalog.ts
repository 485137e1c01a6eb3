import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { NewsgraphError } from "../errors.ts";
import { parseQueryHeader } from "./parse-query-header.ts";
import type { SavedQuery } from "./saved-query.ts";

/** The saved queries by name, in name order. */
export type QueryCatalog = ReadonlyMap<string, SavedQuery>;

export const QUERIES_DIRECTORY = fileURLToPath(new URL("../../cypher/queries/", import.meta.url));

/**
 * Reads and checks every `.cypher` file in the folder at start-up: a file whose header is missing
 * or malformed, or whose @query is not its file name, fails here, naming the file.
 */
export async function readQueryCatalog(directory = QUERIES_DIRECTORY): Promise<QueryCatalog> {
  const names = (await readdir(directory)).filter((name) => name.endsWith(".cypher")).sort();
  const queries = await Promise.all(
    names.map(async (name) => {
      const file = join("cypher/queries", name);
      const query = parseQueryHeader(file, await readFile(join(directory, name), "utf8"));
      if (query.name !== basename(name, ".cypher"))
        throw new NewsgraphError(
          "query",
          `${file}: @query ${query.name} must match the file name`,
          {
            context: { path: file },
          },
        );
      return query;
    }),
  );
  return new Map(queries.map((query) => [query.name, query]));
}

/** The saved query called `name`, or an error that lists the ones there are. */
export function findQuery(catalog: QueryCatalog, name: string): SavedQuery {
  const query = catalog.get(name);
  if (query !== undefined) return query;
  throw new NewsgraphError(
    "query",
    `no saved query named "${name}"; npm run query -- --list shows them: ${[...catalog.keys()].join(", ")}`,
    { context: { query: name } },
  );
}
