import { describe, expect, it } from "vitest";
import { parseArticleText } from "../../../src/read/index.ts";

const GRAIN = {
  title: "Grain corridor reopens after naval escort agreement",
  body: "Cargo ships carrying wheat left Odesa on Thursday.\n\nInsurers said premiums would fall once the escorts began.",
  publishedAt: "2024-07-18 06:45:00",
  url: "https://wire.example.com/grain-corridor",
  source: "Example Wire",
};

const FLOODS = {
  title: "Flood defences hold as river peaks",
  text: "The river crested overnight without breaching the new barriers.",
  published_at: "2024-07-19T21:00:00Z",
};

describe("JSON files", () => {
  it("reads one object", () => {
    const [outcome, ...rest] = parseArticleText(JSON.stringify(GRAIN), {
      path: "feeds/grain.json",
    });
    expect(rest).toEqual([]);
    expect(outcome).toMatchObject({
      ok: true,
      article: {
        key: "article:https://wire.example.com/grain-corridor",
        source: "feeds/grain.json",
        outlet: "Example Wire",
        publishedAt: "2024-07-18T06:45:00Z",
        hashtags: [],
        body: "Cargo ships carrying wheat left Odesa on Thursday.\nInsurers said premiums would fall once the escorts began.",
      },
    });
  });

  it("reads an array, numbering records without a URL and failing bad ones alone", () => {
    const text = JSON.stringify([GRAIN, FLOODS, { ...FLOODS, text: 7 }, "not an article"]);
    expect(parseArticleText(text, { path: "feeds/day.json" })).toEqual([
      expect.objectContaining({
        ok: true,
        article: expect.objectContaining({ source: "feeds/day.json#1" }) as unknown,
      }),
      expect.objectContaining({
        ok: true,
        article: expect.objectContaining({
          key: "article:feeds/day.json#2",
          source: "feeds/day.json#2",
        }) as unknown,
      }),
      { ok: false, path: "feeds/day.json#3", reason: "text: expected a string, got number" },
      { ok: false, path: "feeds/day.json#4", reason: "expected an article object, got string" },
    ]);
  });

  it.each([
    ['{"title": "Cut off', /^malformed JSON: /],
    ["[]", /^no records: the array is empty$/],
    ["42", /^expected an article object, got number$/],
    [JSON.stringify({ title: "No text", publishedAt: "2024-07-18" }), /^body: missing/],
    [JSON.stringify({ body: "Some text." }), /^publishedAt: missing$/],
    [
      JSON.stringify({ ...GRAIN, title: ["a"], url: 3 }),
      /^title: expected a string, got a list; url: expected a string, got number$/,
    ],
  ])("fails %s with one reason", (text, reason) => {
    const outcomes = parseArticleText(text, { path: "feeds/bad.json" });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({
      ok: false,
      path: "feeds/bad.json",
      reason: expect.stringMatching(reason) as unknown,
    });
  });
});

describe("JSON Lines", () => {
  it("reads one record a line, reporting a bad line as path:line while the others load", () => {
    const text = [JSON.stringify(GRAIN), "", '{"title": oops}', JSON.stringify(FLOODS), ""].join(
      "\n",
    );
    const outcomes = parseArticleText(text, { path: "feeds/week.jsonl" });
    expect(
      outcomes.map((o) => (o.ok ? `${o.article.key} ${o.article.source}` : `${o.path} failed`)),
    ).toEqual([
      "article:https://wire.example.com/grain-corridor feeds/week.jsonl:1",
      "feeds/week.jsonl:3 failed",
      "article:feeds/week.jsonl#4 feeds/week.jsonl:4",
    ]);
  });

  it("accepts the .ndjson extension and an absolute path under a root", () => {
    const [outcome] = parseArticleText(JSON.stringify(FLOODS), {
      path: "/data/in/feeds/x.ndjson",
      root: "/data/in",
    });
    expect(outcome).toMatchObject({
      ok: true,
      article: { key: "article:feeds/x.ndjson#1", source: "feeds/x.ndjson:1" },
    });
  });
});

it("refuses an unknown extension", () => {
  expect(parseArticleText("text", { path: "notes/a.pdf" })).toEqual([
    {
      ok: false,
      path: "notes/a.pdf",
      reason:
        "unsupported file type .pdf; expected one of .txt, .md, .markdown, .json, .jsonl, .ndjson",
    },
  ]);
});
