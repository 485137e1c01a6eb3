import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticleText } from "../../../src/read/index.ts";
import type { ReadOutcome } from "../../../src/read/index.ts";

const SAMPLE_PATH = "seeds/000_cd41eb76cf7eaf77.txt";
const sample = readFileSync(new URL(`../../../${SAMPLE_PATH}`, import.meta.url), "utf8");

function parseOne(text: string, path = "news/item.txt"): ReadOutcome {
  const outcomes = parseArticleText(text, { path });
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

function articleOf(text: string, path?: string) {
  const outcome = parseOne(text, path);
  if (!outcome.ok) throw new Error(`expected an article, got: ${outcome.reason}`);
  return outcome.article;
}

const TALKS = [
  "Foreign ministers from Kenya and Ethiopia agreed on Tuesday to reopen a disputed border crossing.",
  "The decision follows three days of talks hosted by the African Union.",
  "#Kenya #Ethiopia #border",
  "2024-03-12 09:15:00",
].join("\n");

describe("the sample seed", () => {
  const article = articleOf(sample, SAMPLE_PATH);

  it("is keyed by its relative path, the source being the same path", () => {
    expect(article.key).toBe("article:seeds/000_cd41eb76cf7eaf77.txt");
    expect(article.source).toBe(SAMPLE_PATH);
    expect(article.url).toBeUndefined();
  });

  it("reads the publication time as UTC", () => {
    expect(article.publishedAt).toBe("2024-05-01T03:30:35Z");
  });

  it("takes the dateline off the body", () => {
    expect(article.dateline).toBe("Beijing");
    expect(
      article.body.startsWith("The Secretary of State of the United States, Antony Blinken,"),
    ).toBe(true);
  });

  it("reads the hashtag line and titles the article from it", () => {
    expect(article.hashtags).toEqual([
      "Blinken",
      "meets",
      "President",
      "China",
      "clash",
      "bilateral",
      "global",
      "issues",
    ]);
    expect(article.title).toBe("Blinken meets President China clash bilateral global issues");
  });

  it("keeps the fifteen paragraphs, without the hashtag and time lines", () => {
    const paragraphs = article.body.split("\n");
    expect(paragraphs).toHaveLength(15);
    expect(paragraphs.at(-1)).toBe(
      "US officials have said the relationship between Beijing and Moscow will be one of the top topics on the agenda during Blinken’s visit. Before the start of the meetings on Friday, Russian President Vladimir Putin announced that he will visit China in May.",
    );
    expect(article.body).not.toContain("#Blinken");
  });
});

describe("seed datelines", () => {
  it.each([
    ["Nairobi.- Foreign ministers met.", "Nairobi", "Foreign ministers met."],
    ["Addis Ababa.-Foreign ministers met.", "Addis Ababa", "Foreign ministers met."],
    ["NAIROBI - Foreign ministers met.", "Nairobi", "Foreign ministers met."],
    ["NEW YORK (Reuters) — Foreign ministers met.", "New York", "Foreign ministers met."],
    ["Nairobi, March 12 (Xinhua) -- Foreign ministers met.", "Nairobi", "Foreign ministers met."],
    ["Nairobi, Mar. 12 - Foreign ministers met.", "Nairobi", "Foreign ministers met."],
  ])("finds the dateline in %j", (first, dateline, body) => {
    const article = articleOf(`${first}\n2024-03-12 09:15:00`);
    expect(article.dateline).toBe(dateline);
    expect(article.body).toBe(body);
  });

  it.each([
    "US - China trade talks resumed in Geneva on Monday.",
    "Talks - which began on Monday - ended without a statement.",
    "The minister arrived in Nairobi on Monday.",
  ])("leaves %j alone", (first) => {
    const article = articleOf(`${first}\n2024-03-12 09:15:00`);
    expect(article.dateline).toBeUndefined();
    expect(article.body).toBe(first);
  });

  it("drops a dateline that stands on its own line", () => {
    const article = articleOf("Nairobi.-\nForeign ministers met.\n2024-03-12 09:15:00");
    expect(article).toMatchObject({ dateline: "Nairobi", body: "Foreign ministers met." });
  });
});

describe("seed titles and hashtags", () => {
  it("splits camel-case hashtags into words for the title", () => {
    const article = articleOf(
      "Navies held drills.\n#SouthChinaSea #naval_drills\n2024-03-12 09:15:00",
    );
    expect(article.hashtags).toEqual(["SouthChinaSea", "naval_drills"]);
    expect(article.title).toBe("South China Sea naval drills");
  });

  it("uses the first sentence when there is no hashtag line, not stopping at U.S.", () => {
    const text =
      "The U.S. envoy landed in Manila on Sunday. She will meet the defence minister.\n2024-03-12 09:15:00";
    const article = articleOf(text);
    expect(article.hashtags).toEqual([]);
    expect(article.title).toBe("The U.S. envoy landed in Manila on Sunday");
  });

  it("cuts a long first sentence at a word boundary near 100 characters", () => {
    const sentence =
      "Delegates from forty-two coastal states gathered in Lisbon for a week of negotiations on deep-sea mining rules that environmental groups say are far too permissive";
    const article = articleOf(`${sentence}.\n2024-03-12 09:15:00`);
    expect(article.title).toBe(
      "Delegates from forty-two coastal states gathered in Lisbon for a week of negotiations on deep-sea…",
    );
    expect(article.title.length).toBeLessThanOrEqual(101);
  });

  it("treats a last-but-one line with prose as body, not hashtags", () => {
    const article = articleOf(
      "First paragraph.\nSecond paragraph mentions #Kenya in passing.\n2024-03-12 09:15:00",
    );
    expect(article.hashtags).toEqual([]);
    expect(article.body).toBe("First paragraph.\nSecond paragraph mentions #Kenya in passing.");
  });
});

describe("seed publication times", () => {
  it("accepts ISO 8601 with a zone and converts it to UTC", () => {
    expect(
      articleOf(TALKS.replace("2024-03-12 09:15:00", "2024-03-12T11:15:00+02:00")).publishedAt,
    ).toBe("2024-03-12T09:15:00Z");
  });

  it("ignores blank lines and trailing whitespace around the last lines", () => {
    expect(articleOf(`\n${TALKS.replace(/\n/g, "  \n\n")}\n\n`).publishedAt).toBe(
      "2024-03-12T09:15:00Z",
    );
  });

  it("fails without a time line", () => {
    expect(parseOne(TALKS.replace("\n2024-03-12 09:15:00", ""))).toEqual({
      ok: false,
      path: "news/item.txt",
      reason:
        'no publication time: the last line should be YYYY-MM-DD HH:MM:SS, found "#Kenya #Ethiopia #border"',
    });
  });

  it.each([
    ["2024-02-30 10:00:00", 'publishedAt: impossible date or time "2024-02-30 10:00:00"'],
    ["2023-02-29 10:00:00", 'publishedAt: impossible date or time "2023-02-29 10:00:00"'],
    ["2024-03-12 25:00:00", 'publishedAt: impossible date or time "2024-03-12 25:00:00"'],
    [
      "2024-3-12 9:15",
      'publishedAt: not a date-time: "2024-3-12 9:15" (use YYYY-MM-DD HH:MM:SS or ISO 8601)',
    ],
  ])("rejects %s", (time, reason) => {
    expect(parseOne(TALKS.replace("2024-03-12 09:15:00", time))).toEqual({
      ok: false,
      path: "news/item.txt",
      reason,
    });
  });

  it("fails when only a time and hashtags remain", () => {
    expect(parseOne("#Kenya\n2024-03-12 09:15:00")).toEqual({
      ok: false,
      path: "news/item.txt",
      reason: "body: empty",
    });
  });

  it("fails on an empty or blank text", () => {
    expect(parseOne(" \n\n")).toEqual({ ok: false, path: "news/item.txt", reason: "empty file" });
  });
});
