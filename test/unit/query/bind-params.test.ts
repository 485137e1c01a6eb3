import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindParams } from "../../../src/query/bind-params.ts";
import { parseQueryHeader } from "../../../src/query/parse-query-header.ts";
import { findQuery, readQueryCatalog } from "../../../src/query/read-query-catalog.ts";

const QUERY = parseQueryHeader(
  "cypher/queries/sample.cypher",
  `// @query sample
// @description A sample
// @param name string  Required
// @param from date = null
// @param limit int = 10
// @param min float = 0.5
// @param strict boolean = false
// @param type string = "MET_WITH" (MET_WITH|OPPOSES|FUNDS)
RETURN $name, $from, $limit, $min, $strict, $type`,
);

const bind = (...pairs: [string, string][]) =>
  bindParams(
    QUERY,
    pairs.map(([name, text]) => ({ name, text })),
  );

describe("bindParams", () => {
  it("fills defaults and coerces what was given to the declared types", () => {
    expect(bind(["name", "Wang"])).toEqual({
      name: "Wang",
      from: null,
      limit: 10,
      min: 0.5,
      strict: false,
      type: "MET_WITH",
    });
    expect(
      bind(
        ["name", "a=b"],
        ["from", "2024-02-29"],
        ["limit", "25"],
        ["min", "0.75"],
        ["strict", "TRUE"],
        ["type", "FUNDS"],
      ),
    ).toEqual({
      name: "a=b",
      from: "2024-02-29",
      limit: 25,
      min: 0.75,
      strict: true,
      type: "FUNDS",
    });
  });

  it.each([
    [
      [["nme", "x"]],
      'sample takes no parameter "nme"; it takes name (string), from (date), limit (int), min (float), strict (boolean), type (string)',
    ],
    [[], "sample needs --param name=<string>"],
    [
      [
        ["name", "x"],
        ["name", "y"],
      ],
      "sample got --param name twice",
    ],
    [
      [
        ["name", "x"],
        ["limit", "ten"],
      ],
      "sample --param limit=ten: expected a whole number, like 10",
    ],
    [
      [
        ["name", "x"],
        ["limit", "1.5"],
      ],
      "sample --param limit=1.5: expected a whole number, like 10",
    ],
    [
      [
        ["name", "x"],
        ["min", "high"],
      ],
      "sample --param min=high: expected a number, like 0.5",
    ],
    [
      [
        ["name", "x"],
        ["from", "2023-02-29"],
      ],
      "sample --param from=2023-02-29: expected a date written YYYY-MM-DD, like 2024-04-26",
    ],
    [
      [
        ["name", "x"],
        ["from", "26/04/2024"],
      ],
      "sample --param from=26/04/2024: expected a date written YYYY-MM-DD",
    ],
    [
      [
        ["name", "x"],
        ["strict", "maybe"],
      ],
      "sample --param strict=maybe: expected true or false",
    ],
    [
      [
        ["name", "x"],
        ["type", "KNOWS"],
      ],
      "sample --param type=KNOWS: expected one of MET_WITH, OPPOSES, FUNDS",
    ],
  ] as [[string, string][], string][])("refuses %j as a query error", (pairs, message) => {
    expect(() => bind(...pairs)).toThrow(message);
    expect(() => bind(...pairs)).toThrow(expect.objectContaining({ kind: "query" }));
  });
});

describe("the query catalog", () => {
  it("names the saved queries there are when asked for one that is not", async () => {
    const catalog = await readQueryCatalog();
    expect(() => findQuery(catalog, "who-met")).toThrow(
      /no saved query named "who-met"; npm run query -- --list shows them: co-mentions, /,
    );
  });

  it("refuses a file whose @query is not its file name", async () => {
    const directory = await mkdtemp(join(tmpdir(), "queries-"));
    await writeFile(join(directory, "one.cypher"), "// @query two\n// @description d\nRETURN 1");
    await expect(readQueryCatalog(directory)).rejects.toThrow(
      "cypher/queries/one.cypher: @query two must match the file name",
    );
  });
});
