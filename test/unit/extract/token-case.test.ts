import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/extract/text/tokenize.ts";
import { foldForLookup } from "../../../src/extract/text/slug.ts";

/**
 * Words of every kind the shortcuts in tokenAt treat apart: ASCII with and without capitals,
 * accents, letters that change length or fold, curly apostrophes, control and other symbols.
 */
const TEXT =
  "President Macron met the U.S. envoy in Côte d'Ivoire and Türkiye's İstanbul; ΟΔΟΣ Straße " +
  "Ørsted, Łódź and al-Shabaab’s O’Neill said “no” — AT&T's CEO, 5,000 iPhone £3bn Ǆemal \u0007 ½ ﬁnance";

describe("a token's lower and folded words", () => {
  it("are the word lowercased and the word folded for lookup", () => {
    const tokens = tokenize(TEXT, 0);
    expect(tokens.length).toBeGreaterThan(30);
    for (const t of tokens) {
      expect(t.lower).toBe(t.text.toLowerCase());
      expect(t.folded).toBe(foldForLookup(t.text));
    }
  });
});
