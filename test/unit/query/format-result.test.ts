import { describe, expect, it } from "vitest";
import { formatCell } from "../../../src/cli/query/format-cell.ts";
import { formatResult } from "../../../src/cli/query/format-result.ts";
import { formatQueryList } from "../../../src/cli/query/format-query-list.ts";
import { parseQueryArgs } from "../../../src/cli/query/query-args.ts";
import { TemporalValue } from "../../../src/query/plain-value.ts";
import type { QueryResult } from "../../../src/query/plain-value.ts";
import { parseQueryHeader } from "../../../src/query/parse-query-header.ts";

const RESULT: QueryResult = {
  columns: ["funder", "total", "currency", "publishedAt", "date", "articles"],
  rows: [
    [
      "United States",
      95_000_000_000,
      "USD",
      new TemporalValue("datetime", "2024-05-01T03:30:35Z"),
      new TemporalValue("date", "2024-04-26"),
      ["article:a", "article:b"],
    ],
    ["Germany, Federal Republic", 35_000_000, "EUR", null, null, []],
  ],
};

describe("formatCell", () => {
  it.each([
    [null, ""],
    [1234567, "1,234,567"],
    [0.85, "0.85"],
    [-2500.5, "-2,500.5"],
    [true, "true"],
    ["two\nlines  here", "two lines here"],
    [new TemporalValue("date", "2024-04-26"), "2024-04-26"],
    [new TemporalValue("datetime", "2024-05-01T03:30:35Z"), "2024-05-01 03:30 UTC"],
    [
      new TemporalValue("datetime", "2024-05-01T05:30:35+02:00[Europe/Berlin]"),
      "2024-05-01 03:30 UTC",
    ],
    [new TemporalValue("localdatetime", "2024-05-01T03:30:35"), "2024-05-01 03:30"],
    [new TemporalValue("duration", "P1D"), "P1D"],
    [["Wang Yi", "Xi Jinping"], "Wang Yi, Xi Jinping"],
    [[["a", "b"], "c"], "[a, b], c"],
    [{ amount: 1000, currency: "EUR" }, "amount: 1,000; currency: EUR"],
  ])("prints %j as %j", (value, text) => {
    expect(formatCell(value)).toBe(text);
  });
});

describe("formatResult", () => {
  it("aligns a table, numbers to the right, and counts the rows", () => {
    expect(formatResult(RESULT, "table")).toBe(
      [
        "funder                              total  currency  publishedAt           date        articles",
        "-------------------------  --------------  --------  --------------------  ----------  --------------------",
        "United States              95,000,000,000  USD       2024-05-01 03:30 UTC  2024-04-26  article:a, article:b",
        "Germany, Federal Republic      35,000,000  EUR",
        "(2 rows)",
        "",
      ].join("\n"),
    );
  });

  it("prints the header of an empty result", () => {
    expect(formatResult({ columns: ["a", "bb"], rows: [] }, "table")).toBe(
      "a  bb\n-  --\n(0 rows)\n",
    );
  });

  it("writes CSV with raw numbers and ISO dates, quoting where needed", () => {
    expect(formatResult(RESULT, "csv")).toBe(
      [
        "funder,total,currency,publishedAt,date,articles",
        'United States,95000000000,USD,2024-05-01T03:30:35Z,2024-04-26,"[""article:a"",""article:b""]"',
        '"Germany, Federal Republic",35000000,EUR,,,[]',
        "",
      ].join("\n"),
    );
  });

  it("writes JSON objects with raw numbers and ISO dates", () => {
    expect(JSON.parse(formatResult(RESULT, "json"))).toEqual([
      {
        funder: "United States",
        total: 95_000_000_000,
        currency: "USD",
        publishedAt: "2024-05-01T03:30:35Z",
        date: "2024-04-26",
        articles: ["article:a", "article:b"],
      },
      {
        funder: "Germany, Federal Republic",
        total: 35_000_000,
        currency: "EUR",
        publishedAt: null,
        date: null,
        articles: [],
      },
    ]);
  });
});

describe("formatQueryList", () => {
  it("lists each query with its description and parameters", () => {
    const query = parseQueryHeader(
      "cypher/queries/fact-evidence.cypher",
      `// @query fact-evidence
// @description The evidence behind a fact
// @param from string  Key of one end
// @param type string = "MET_WITH" (MET_WITH|OPPOSES|FUNDS)  The type
RETURN $from, $type`,
    );
    expect(formatQueryList(new Map([[query.name, query]]))).toBe(
      [
        "fact-evidence",
        "  The evidence behind a fact",
        "    --param from=<string>  required  Key of one end",
        '    --param type=<string> (MET_WITH|OPPOSES|FUNDS)  default "MET_WITH"  The type',
        "",
      ].join("\n"),
    );
  });
});

describe("parseQueryArgs", () => {
  it("reads a name, parameters and a format", () => {
    expect(
      parseQueryArgs([
        "who-met-whom",
        "--param",
        "person=Wang Yi",
        "-p",
        "from=2024-01-01",
        "--format=csv",
      ]),
    ).toEqual({
      list: false,
      name: "who-met-whom",
      params: [
        { name: "person", text: "Wang Yi" },
        { name: "from", text: "2024-01-01" },
      ],
      format: "csv",
    });
    expect(parseQueryArgs(["--list"])).toEqual({ list: true });
  });

  it.each([
    [[], /name the saved query to run/],
    [["q", "--param", "person"], /write each parameter as --param name=value/],
    [["q", "--format", "xml"], /--format is one of table, json, csv/],
    [["q", "r"], /one query at a time/],
    [["q", "--limit", "3"], /Unknown option '--limit'/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseQueryArgs(argv)).toThrow(message);
  });
});
