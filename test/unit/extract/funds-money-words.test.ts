import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inflectVerb } from "../../../scripts/lexicon/inflect-verb.ts";
import { OUT, moneyWordsJson } from "../../../scripts/lexicon/money-words.ts";
import { WordNet } from "../../../scripts/lexicon/wordnet.ts";
import { moneyWordAt } from "../../../src/extract/lexicon/money-words.ts";
import { tokenize } from "../../../src/extract/text/tokenize.ts";
import { fundsOf } from "./helpers.ts";

/** The family of the money word a phrase starts with, or undefined. */
const familyOf = (phrase: string): string | undefined =>
  moneyWordAt(tokenize(phrase, 0), 0)?.family;

describe("the money words drawn from WordNet", () => {
  it("are what the build script writes from WordNet, byte for byte", () => {
    expect(readFileSync(OUT, "utf8")).toBe(moneyWordsJson(new WordNet()));
  }, 60_000);

  it("give each form of a word of money given or not given its family", () => {
    expect(familyOf("lent")).toBe("lend");
    expect(familyOf("bankrolled")).toBe("finance");
    expect(familyOf("subsidising")).toBe("finance");
    expect(familyOf("donations")).toBe("grant");
    expect(familyOf("set aside")).toBe("allocate");
    expect(familyOf("tariffs")).toBe("tax");
    expect(familyOf("arrears")).toBe("debt");
    expect(familyOf("exports")).toBe("trade");
  });

  it("inflect their verbs as the stance words do, irregular past tenses included", () => {
    expect(inflectVerb("lend")).toEqual(["lend", "lends", "lent", "lending"]);
    expect(inflectVerb("underwrite")).toEqual([
      "underwrite",
      "underwrites",
      "underwrote",
      "underwritten",
      "underwriting",
    ]);
    expect(inflectVerb("set aside")).toEqual(["set aside", "sets aside", "setting aside"]);
    expect(familyOf("underwritten")).toBe("finance");
    expect(familyOf("sought")).toBe("request");
    expect(familyOf("setting aside")).toBe("allocate");
  });

  it("leave out the senses that are not of money in the news", () => {
    // "capital" is a city, "support" political, "place" a place, "will" the modal.
    expect(familyOf("capital")).toBeUndefined();
    expect(familyOf("support")).toBeUndefined();
    expect(familyOf("place")).toBeUndefined();
    expect(familyOf("will")).toBeUndefined();
  });
});

describe("amounts a word of money not given names", () => {
  it("records no funding for a cost, a tax or a price the amount is", () => {
    expect(
      fundsOf(
        "Poland and Sweden agreed to build the submarines together, and Poland committed to pay half of the design cost, roughly 2 billion zloty, in exchange for four boats.",
      ),
    ).toEqual([]);
    expect(fundsOf("Glencore has paid Zambia more than $2 billion in taxes since 2015.")).toEqual(
      [],
    );
    expect(
      fundsOf(
        "The United States approved a $900 million sale of patrol boats to Vietnam on Monday.",
      ),
    ).toEqual([]);
  });

  it("keeps money given that such a word only qualifies", () => {
    expect(fundsOf("Japan signed a $500 million trade finance facility with Vietnam.")).toEqual([
      "country:JPN -> country:VNM 500000000 USD",
    ]);
    expect(fundsOf("Germany agreed a €200 million debt swap with Kenya.")).toEqual([
      "country:DEU -> country:KEN 200000000 EUR",
    ]);
    expect(fundsOf("Norway will lend Kenya $40 million in trade credits.")).toEqual([
      "country:NOR -> country:KEN 40000000 USD",
    ]);
    expect(fundsOf("Chile granted Bolivia $30 million in annual revenue support.")).toEqual([
      "country:CHL -> country:BOL 30000000 USD",
    ]);
    expect(fundsOf("Japan approved ¥5 billion in compensation for Fijian fishermen.")).toEqual([
      "country:JPN -> country:FJI 5000000000 JPY",
    ]);
    // A part of a cost that a party pays is money given towards it.
    expect(
      fundsOf(
        "Ghana will build a $1 billion port. Of the cost, $400 million will come from Japan.",
      ),
    ).toEqual(["country:JPN -> country:GHA 400000000 USD"]);
  });
});

describe("a further amount", () => {
  it("goes to the thing it is invested in when it names one", () => {
    expect(
      fundsOf(
        "Money for industry is flowing too. The African Development Bank signed a $100 million loan last week for flood defences in Ndola. Glencore said it would invest a further $300 million in its copper smelter near Kitwe.",
      ),
    ).toEqual([
      "org:african-development-bank -> issue:flood-defences-in-ndola 100000000 USD",
      "org:glencore -> issue:copper-smelter 300000000 USD",
    ]);
  });

  it("goes where the money before it went when it names none", () => {
    expect(
      fundsOf(
        "Japan pledged $100 million for flood defences in Zambia. Britain added a further £20 million.",
      ),
    ).toEqual([
      "country:GBR -> country:ZMB 20000000 GBP",
      "country:JPN -> country:ZMB 100000000 USD",
    ]);
  });
});
