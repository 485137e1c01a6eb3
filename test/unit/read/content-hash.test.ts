import { describe, expect, it } from "vitest";
import { parseArticleText } from "../../../src/read/index.ts";

const SEED = [
  "Lisbon.- Delegates from forty-two coastal states opened a week of talks on deep-sea mining rules.",
  "Environmental groups staged a quiet protest outside the conference centre.",
  "#oceans #mining",
  "2024-09-02 08:00:00",
].join("\n");

// sha256 of JSON.stringify([title, publishedAt, dateline, hashtags, url, outlet, body]) for SEED.
const PINNED = "be55a0fe14a2614bcc6b8f63660f8134de1e026ecbbac0da5465f0b859e3ef52";

function hashOf(text: string, path = "seeds/lisbon.txt"): string {
  const [outcome] = parseArticleText(text, { path });
  if (!outcome?.ok) throw new Error("expected an article");
  return outcome.article.contentHash;
}

describe("contentHash", () => {
  it("is pinned, so a change in hashing (which would reload every article) is deliberate", () => {
    expect(hashOf(SEED)).toBe(PINNED);
  });

  it("depends on the text, not on where it is stored or how its lines end", () => {
    expect(hashOf(SEED, "elsewhere/copy.txt")).toBe(hashOf(SEED));
    expect(hashOf(`\uFEFF${SEED.replace(/\n/g, " \r\n")}\r\n`)).toBe(hashOf(SEED));
  });

  it("treats composed and decomposed accents as the same text", () => {
    const composed = SEED.replace("conference", "Conférence");
    const decomposed = SEED.replace("conference", "Confe\u0301rence");
    expect(hashOf(decomposed)).toBe(hashOf(composed));
  });

  it.each([
    ["the body", SEED.replace("quiet protest", "loud protest")],
    ["the title (from the hashtags)", SEED.replace("#mining", "#seabed")],
    ["the publication time", SEED.replace("08:00:00", "08:00:01")],
    ["the dateline", SEED.replace("Lisbon.-", "Porto.-")],
  ])("changes with %s", (_what, edited) => {
    expect(hashOf(edited)).not.toBe(hashOf(SEED));
  });

  it("changes with a JSON record's explicit title, URL and outlet", () => {
    const record = {
      title: "Talks open",
      body: "Delegates met.",
      publishedAt: "2024-09-02T08:00:00Z",
    };
    const base = hashOf(JSON.stringify(record), "feeds/a.json");
    for (const edit of [
      { title: "Talks begin" },
      { url: "https://example.net/a" },
      { source: "Wire" },
    ]) {
      expect(hashOf(JSON.stringify({ ...record, ...edit }), "feeds/a.json")).not.toBe(base);
    }
  });

  it("gives the same key and hash on every parse", () => {
    const first = parseArticleText(SEED, { path: "seeds/lisbon.txt" });
    const second = parseArticleText(SEED, { path: "seeds/lisbon.txt" });
    expect(second).toEqual(first);
  });
});
