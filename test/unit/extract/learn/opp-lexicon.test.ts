import { describe, expect, it } from "vitest";
import { NEGATIVE_RATINGS } from "../../../../src/extract/facts/opposition-valence.ts";
import { listenToStances } from "../../../../src/extract/learn/opp-decide.ts";
import { stanceWord } from "../../../../src/extract/learn/opp-lexicon.ts";
import words from "../../../../src/extract/lexicon/stance-words.json" with { type: "json" };
import { heardWhileExtracting } from "../helpers.ts";

/** The stance candidates weighed in a text, with their stance word and its family. */
function weighed(body: string): string[] {
  return heardWhileExtracting(body, listenToStances)
    .map((c) =>
      [c.holder, "->", c.target, ...c.weighed.filter((f) => /^(?:w|fam)=/.test(f))].join(" "),
    )
    .sort();
}

describe("the stance model's words, read from the rules' lexicons", () => {
  it("rates a word as the verdict rules' reading of AFINN-165 does", () => {
    expect(NEGATIVE_RATINGS.get("hostile")).toBeLessThanOrEqual(-2);
    expect(stanceWord("cruel")).toEqual({
      family: "valence",
      valence: NEGATIVE_RATINGS.get("cruel"),
      stem: "cruel",
    });
    // A stem of the hand list keeps its family; the rating comes along when the lexicon has one.
    expect(stanceWord("condemned")?.family).toBe("condemn");
    expect(stanceWord("condemned")?.valence).toBe(NEGATIVE_RATINGS.get("condemned") ?? 0);
    // Words the lexicon rates above −2, or not at all, carry no stance.
    expect(NEGATIVE_RATINGS.has("harbour")).toBe(false);
    expect(stanceWord("harbour")).toBeUndefined();
  });

  it("reads a verdict word from the verdict rules' own list, whole", () => {
    expect(stanceWord("draconian")).toMatchObject({ family: "verdict", stem: "draconian" });
    expect(stanceWord("hypocritical")?.family).toBe("verdict");
    expect(
      weighed("Colombia called Ecuador's new visa rules draconian on Monday.").filter((c) =>
        c.includes("w=draconian"),
      ),
    ).toEqual([
      // Colombia → Ecuador is the rules' own pair (Ecuador owns the rules): only the wide pair
      // reads the verdict word.
      "country:ECU -> country:COL w=draconian fam=verdict",
    ]);
  });

  it("takes no verdict the rules do not pass: a crackdown told is no stance word", () => {
    expect(stanceWord("crackdown")).toBeUndefined();
    expect(weighed("Colombia said the operation in Ecuador was a crackdown.")).toEqual([]);
  });

  it("reads a feeling as the stance rules do: a state of mind, its noun, a thing stirring it", () => {
    expect(stanceWord("appalled")?.family).toBe("feeling");
    expect(stanceWord("misgivings")?.family).toBe("feeling");
    expect(stanceWord("irked")?.family).toBe("feeling");
    // "opposed" is the rules' state of mind too, but its stem reads it as a rejection first.
    expect(stanceWord("opposed")?.family).toBe("reject");
    expect(stanceWord("concerning")).toBeUndefined();
  });

  it("takes from WordNet's list only words the lexicon can read, a token at a time", () => {
    // The list held 44 phrases ("brushed aside", "took to task", "hatchet job") that neither the
    // stance model (one token) nor the rules (ruleVerbs only) read.
    const lists = [...Object.values(words.verbs), ...Object.values(words.nouns)].flat();
    expect(lists.filter((w) => w.includes(" "))).toEqual([]);
    expect(lists).toContain("chided");
    expect(words.ruleVerbs).toContain("inveighed against");
  });
});
