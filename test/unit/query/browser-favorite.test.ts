import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { storeZip } from "../../../scripts/store-zip.ts";
import { toBrowserFavorite } from "../../../src/query/browser-favorite.ts";
import { parseQueryHeader } from "../../../src/query/parse-query-header.ts";
import { readQueryCatalog } from "../../../src/query/read-query-catalog.ts";

describe("toBrowserFavorite", () => {
  it("names the favorite, sets every parameter to its default, and ends the statement", () => {
    const query = parseQueryHeader(
      "cypher/queries/sample.cypher",
      `// @query sample
// @description Who met whom; with sources
// @param person string = null  Key or part of a name; everyone when null
// @param limit int = 10
// @param type string = "MET_WITH" (MET_WITH|FUNDS)
// @param name string  Required
// A note; with a semicolon.
MATCH (p:Person) // trailing comments stay, leading ones go
WHERE $person IS NULL AND $type <> $name
RETURN p LIMIT $limit
`,
    );
    expect(toBrowserFavorite(query)).toBe(
      [
        "// sample: Who met whom, with sources",
        "// $person: string. Key or part of a name, everyone when null",
        "// $limit: int.",
        "// $type: string (MET_WITH|FUNDS).",
        "// $name: string, required: set it before running. Required",
        ":param person => null;",
        ":param limit => 10;",
        ':param type => "MET_WITH";',
        ":param name => null;",
        "MATCH (p:Person) // trailing comments stay, leading ones go",
        "WHERE $person IS NULL AND $type <> $name",
        "RETURN p LIMIT $limit;",
        "",
      ].join("\n"),
    );
  });
});

describe("cypher/browser-favorites.zip", () => {
  it("is up to date with cypher/queries (npm run browser:favorites writes it)", async () => {
    const catalog = await readQueryCatalog();
    const expected = storeZip(
      [...catalog.values()].map((query) => ({
        path: `newsgraph/${query.name}.cypher`,
        data: Buffer.from(toBrowserFavorite(query), "utf8"),
      })),
    );
    const committed = await readFile(
      new URL("../../../cypher/browser-favorites.zip", import.meta.url),
    );
    expect(committed.equals(expected)).toBe(true);
  });
});
