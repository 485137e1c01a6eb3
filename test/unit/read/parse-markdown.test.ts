import { describe, expect, it } from "vitest";
import { parseArticleText, type ReadOutcome } from "../../../src/read/index.ts";

function parseOne(text: string, path = "posts/harbour.md"): ReadOutcome {
  const outcomes = parseArticleText(text, { path });
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

function articleOf(text: string) {
  const outcome = parseOne(text);
  if (!outcome.ok) throw new Error(`expected an article, got: ${outcome.reason}`);
  return outcome.article;
}

const HARBOUR = `---
title: Port workers end strike after wage deal
publishedAt: 2024-06-03T14:20:00Z
url: https://news.example.org/2024/06/port-strike
source: Coastal Herald
tags: [labour, ports]
---
ROTTERDAM - Dock workers returned to the **container terminals** on Monday after
their union accepted a _two-year_ wage agreement.

## What was agreed

- A raise of 6 percent this year
- A review of night-shift rules

The [port authority](https://port.example.org/news) said ships delayed by the strike
would be cleared \`within the week\`.
`;

describe("Markdown with front matter", () => {
  it("takes metadata from the front matter and plain text from the Markdown", () => {
    expect(articleOf(HARBOUR)).toEqual({
      key: "article:https://news.example.org/2024/06/port-strike",
      source: "posts/harbour.md",
      url: "https://news.example.org/2024/06/port-strike",
      title: "Port workers end strike after wage deal",
      publishedAt: "2024-06-03T14:20:00Z",
      dateline: "Rotterdam",
      hashtags: ["labour", "ports"],
      outlet: "Coastal Herald",
      body: [
        "Dock workers returned to the container terminals on Monday after their union accepted a two-year wage agreement.",
        "What was agreed",
        "A raise of 6 percent this year",
        "A review of night-shift rules",
        "The port authority said ships delayed by the strike would be cleared within the week.",
      ].join("\n"),
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
  });

  it("accepts `date` and `published_at`, keys by path without a URL and titles from a leading heading", () => {
    const text =
      "---\ndate: 2024-06-03\nhashtags: '#labour #ports'\n---\n# Port strike ends\n\nDock workers went back.\n";
    expect(articleOf(text)).toMatchObject({
      key: "article:posts/harbour.md",
      title: "Port strike ends",
      publishedAt: "2024-06-03T00:00:00Z",
      hashtags: ["labour", "ports"],
      body: "Dock workers went back.",
    });
    expect(articleOf(text.replace("date:", "published_at:")).publishedAt).toBe(
      "2024-06-03T00:00:00Z",
    );
  });

  it.each([
    ["---\ntitle: 42\npublishedAt: 2024-06-03\n---\nText.", "title: expected a string, got number"],
    [
      "---\ntitle: Strike\npublishedAt: [2024]\n---\nText.",
      "publishedAt: expected a string, got a list",
    ],
    ["---\ntitle: Strike\n---\nText.", "publishedAt: missing"],
    ["Dock workers went back.\n", "publishedAt: missing"],
    [
      "---\npublishedAt: 2024-06-31\n---\nText.",
      'publishedAt: impossible date or time "2024-06-31"',
    ],
    ["---\npublishedAt: 2024-06-03\nurl: not a link\n---\nText.", "url: not a valid URL"],
    [
      "---\npublishedAt: 2024-06-03\ntags: [1, 2]\n---\nText.",
      "tags[0]: expected a string, got number",
    ],
    [
      "---\npublishedAt: 2024-06-03\ntags: 5\n---\nText.",
      "tags: expected a string or a list, got number",
    ],
    ["---\npublishedAt: 2024-06-03\n---\n\n", "body: empty"],
    ["---\npublishedAt: 2024-06-03\nText without an end.", "front matter: no closing '---' line"],
    ["---\n- just\n- a list\n---\nText.", 'front matter: expected "key: value" lines, got a list'],
  ])("rejects %j", (text, reason) => {
    expect(parseOne(text)).toEqual({ ok: false, path: "posts/harbour.md", reason });
  });

  it("reports invalid YAML on one line", () => {
    const outcome = parseOne("---\ntitle: [unclosed\npublishedAt: 2024-06-03\n---\nText.");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/^front matter: invalid YAML: [^\n]+$/);
  });
});
