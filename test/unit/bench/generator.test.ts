import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateArticle } from "../../../bench/corpus/generate-article.ts";
import { parseArticleText } from "../../../src/read/index.ts";

const SPEC = { seed: 7, size: 1000 };

function corpusDigest(spec: { seed: number; size: number }, count: number): string {
  const hash = createHash("sha256");
  for (let i = 0; i < count; i += 1) {
    const { fileName, text } = generateArticle(spec, i);
    hash.update(fileName).update("\0").update(text).update("\0");
  }
  return hash.digest("hex");
}

describe("the benchmark corpus generator", () => {
  it("gives the same articles, byte for byte, for the same seed", () => {
    expect(corpusDigest(SPEC, 200)).toBe(corpusDigest(SPEC, 200));
    expect(generateArticle(SPEC, 42)).toEqual(generateArticle(SPEC, 42));
  });

  it("does not depend on the order articles are generated in", () => {
    const later = generateArticle(SPEC, 500);
    for (let i = 0; i < 10; i += 1) generateArticle(SPEC, i);
    expect(generateArticle(SPEC, 500)).toEqual(later);
  });

  it("gives other articles for another seed", () => {
    expect(corpusDigest({ ...SPEC, seed: 8 }, 200)).not.toBe(corpusDigest(SPEC, 200));
    expect(generateArticle({ ...SPEC, seed: 8 }, 0).text).not.toBe(generateArticle(SPEC, 0).text);
  });

  it("writes seed-format articles that the reader accepts, each with a distinct key", () => {
    const keys = new Set<string>();
    for (let i = 0; i < 300; i += 1) {
      const { fileName, text } = generateArticle(SPEC, i);
      const outcomes = parseArticleText(text, { path: fileName });
      expect(outcomes).toHaveLength(1);
      const [outcome] = outcomes;
      if (!outcome?.ok) throw new Error(`${fileName} does not parse: ${outcome?.reason}`);
      expect(outcome.article.body.length).toBeGreaterThan(500);
      expect(outcome.article.hashtags.length).toBeGreaterThan(0);
      keys.add(outcome.article.key);
    }
    expect(keys.size).toBe(300);
  });

  it("edits an article without changing its key", () => {
    const original = generateArticle(SPEC, 37);
    const edited = generateArticle(SPEC, 37, 1);
    expect(edited.fileName).toBe(original.fileName);
    expect(edited.text).not.toBe(original.text);
    const [parsed] = parseArticleText(edited.text, { path: edited.fileName });
    expect(parsed?.ok).toBe(true);
  });
});
