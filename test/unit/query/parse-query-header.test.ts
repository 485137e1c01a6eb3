import { describe, expect, it } from "vitest";
import { parseQueryHeader } from "../../../src/query/parse-query-header.ts";
import { readQueryCatalog } from "../../../src/query/read-query-catalog.ts";

const FILE = "cypher/queries/who-met-whom.cypher";

const HEADER = `// @query who-met-whom
// @description Who met whom
// @param person string = null  A person's key or part of a name
// @param from date = "2024-01-01"  First day
// @param limit int = 200
// @param type string = "MET_WITH" (MET_WITH|OPPOSES|FUNDS)  The fact type
// @param strict boolean = false
// @param min float = 0.5  Lowest confidence
// A note for the reader, not a tag.
MATCH (a)-[m]->(b)
WHERE $person IS NULL AND m.date >= $from AND type(m) = $type AND $strict AND m.c >= $min
RETURN a LIMIT $limit
`;

describe("parseQueryHeader", () => {
  it("reads the name, description and typed parameters with their defaults", () => {
    const query = parseQueryHeader(FILE, HEADER);
    expect(query.name).toBe("who-met-whom");
    expect(query.description).toBe("Who met whom");
    expect(query.params).toEqual([
      {
        name: "person",
        type: "string",
        required: false,
        defaultValue: null,
        choices: undefined,
        description: "A person's key or part of a name",
      },
      {
        name: "from",
        type: "date",
        required: false,
        defaultValue: "2024-01-01",
        choices: undefined,
        description: "First day",
      },
      {
        name: "limit",
        type: "int",
        required: false,
        defaultValue: 200,
        choices: undefined,
        description: "",
      },
      {
        name: "type",
        type: "string",
        required: false,
        defaultValue: "MET_WITH",
        choices: ["MET_WITH", "OPPOSES", "FUNDS"],
        description: "The fact type",
      },
      {
        name: "strict",
        type: "boolean",
        required: false,
        defaultValue: false,
        choices: undefined,
        description: "",
      },
      {
        name: "min",
        type: "float",
        required: false,
        defaultValue: 0.5,
        choices: undefined,
        description: "Lowest confidence",
      },
    ]);
    expect(query.cypher).toBe(HEADER);
  });

  it("takes a parameter without a default as required", () => {
    const query = parseQueryHeader(
      FILE,
      "// @query find\n// @description Find\n// @param name string  Part of a name\nRETURN $name",
    );
    expect(query.params[0]).toMatchObject({ name: "name", required: true, defaultValue: null });
  });

  it.each([
    ["no header at all", "MATCH (n) RETURN n", /missing @query line/],
    ["no description", "// @query q\nRETURN 1", /missing @description line/],
    [
      "two names",
      "// @query q\n// @query r\n// @description d\nRETURN 1",
      /@query must appear exactly once/,
    ],
    [
      "a bad name",
      "// @query Who Met\n// @description d\nRETURN 1",
      /@query must be a kebab-case name/,
    ],
    [
      "an unknown tag",
      "// @query q\n// @returns x\n// @description d\nRETURN 1",
      /unknown header tag @returns/,
    ],
    [
      "an unknown type",
      "// @query q\n// @description d\n// @param n number = 1\nRETURN $n",
      /a parameter type is one of string, int, float, date, boolean/,
    ],
    [
      "an ill-typed default",
      "// @query q\n// @description d\n// @param n int = 1.5\nRETURN $n",
      /the default 1.5 is not a whole number/,
    ],
    [
      "a default outside the choices",
      '// @query q\n// @description d\n// @param t string = "X" (A|B)\nRETURN $t',
      /not one of its choices/,
    ],
    [
      "a parameter declared twice",
      "// @query q\n// @description d\n// @param n int = 1\n// @param n int = 2\nRETURN $n",
      /declared twice/,
    ],
    [
      "an undeclared parameter",
      "// @query q\n// @description d\nRETURN $n",
      /\$n used but not declared/,
    ],
    [
      "an unused parameter",
      "// @query q\n// @description d\n// @param n int = 1\nRETURN 1",
      /@param n declared but not used/,
    ],
  ])("fails naming the file on %s", (_, text, message) => {
    expect(() => parseQueryHeader(FILE, text)).toThrow(message);
    expect(() => parseQueryHeader(FILE, text)).toThrow(`${FILE}: `);
    expect(() => parseQueryHeader(FILE, text)).toThrow(expect.objectContaining({ kind: "query" }));
  });
});

describe("the shipped saved queries", () => {
  it("all parse, and cover the analyses the project promises", async () => {
    const catalog = await readQueryCatalog();
    expect([...catalog.keys()]).toEqual([
      "co-mentions",
      "country-oppositions",
      "event-issues",
      "fact-evidence",
      "find-entity",
      "funding-flows",
      "funding-totals",
      "issue-opponents",
      "meetings-timeline",
      "most-connected",
      "opposite-sides",
      "person-profile",
      "shortest-path",
      "who-met-whom",
    ]);
  });

  it("order every result, so that rows come out the same on every run", async () => {
    for (const query of (await readQueryCatalog()).values()) {
      expect(query.cypher, query.file).toMatch(/\nORDER BY [^\n]+\n(LIMIT \$limit\n)?$/);
    }
  });
});
