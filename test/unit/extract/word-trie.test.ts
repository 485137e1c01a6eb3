import { describe, expect, it } from "vitest";
import { wordTrie } from "../../../src/extract/text/word-trie.ts";
import { CURRENCY_WORDS, SHARED_WORDS } from "../../../src/extract/facts/currencies.ts";
import { foldForLookup } from "../../../src/extract/text/slug.ts";

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ACCENTED: Readonly<Record<string, string>> = {
  a: "[aáà]",
  e: "[eéè]",
  o: "[oóö]",
  n: "[nñ]",
};
const atom = (c: string): string => ACCENTED[c] ?? escape(c);
const listed = (words: readonly string[]): string =>
  `(${[...words]
    .sort((x, y) => y.length - x.length)
    .map((w) => [...w].map(atom).join(""))
    .join("|")})`;
const shape = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, [...m]]);

describe("wordTrie", () => {
  it("merges shared beginnings, a longer word tried before the word it extends", () => {
    expect(wordTrie(["dollar", "dollars", "dinar"], escape)).toBe("(d(?:ollar(?:s)?|inar))");
    expect(new RegExp(`^${wordTrie(["euro", "euros"], escape)}\\b`).exec("euros")?.[1]).toBe(
      "euros",
    );
  });

  it("matches what the words listed longest first match, with the same groups", () => {
    const words = [
      ...new Set([...CURRENCY_WORDS.keys(), ...SHARED_WORDS.keys()].map(foldForLookup)),
    ];
    const text =
      "5 dollars, 6 dólares and 7 dollarsx; 8 U.S. dollars or 9 euro-zone euros; " +
      "10 Bosnia-Herzegovina convertible marks, 11 paʻangas, 12 pesos, 13 PESO, 14 córdobas.";
    for (const flags of ["gi", "giu"]) {
      const before = new RegExp(String.raw`\b(\d+)\s+${listed(words)}\b`, flags);
      const after = new RegExp(String.raw`\b(\d+)\s+${wordTrie(words, atom)}\b`, flags);
      expect(shape(after, text)).toEqual(shape(before, text));
      expect(shape(after, text).length).toBeGreaterThan(6);
    }
  });
});
