import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inflectVerb } from "../../../scripts/lexicon/inflect-verb.ts";
import { STANCE_WORDS_FILE, stanceWordsText } from "../../../scripts/lexicon/stance-words.ts";
import { WordNet } from "../../../scripts/lexicon/wordnet.ts";
import { stanceWord } from "../../../src/extract/learn/opp-lexicon.ts";
import { listenToStances } from "../../../src/extract/learn/opp-decide.ts";
import { extract, heardWhileExtracting } from "./helpers.ts";

/** OPPOSES facts as "from -> to", for an article published on Thursday 12 March 2026. */
const opposes = (body: string): string[] =>
  extract(body, "2026-03-12T10:00:00Z")
    .relationships.filter((r) => r.type === "OPPOSES")
    .map((r) => `${r.from} -> ${r.to}`)
    .sort();

describe("the stance words drawn from WordNet", () => {
  it("are what the build script writes from WordNet, byte for byte", async () => {
    expect(readFileSync(STANCE_WORDS_FILE, "utf8")).toBe(await stanceWordsText(new WordNet()));
  }, 60_000);

  it("inflects a verb as English does: -s/-es/-ed/-ing, doubling, -y to -ied, irregulars", () => {
    expect(inflectVerb("chide")).toEqual(["chide", "chides", "chided", "chiding"]);
    expect(inflectVerb("snub")).toEqual(["snub", "snubs", "snubbed", "snubbing"]);
    expect(inflectVerb("vilify")).toEqual(["vilify", "vilifies", "vilified", "vilifying"]);
    expect(inflectVerb("veto")).toEqual(["veto", "vetoes", "vetoed", "vetoing"]);
    expect(inflectVerb("cavil")).toEqual(["cavil", "cavils", "cavilled", "cavilling"]);
    expect(inflectVerb("resist")).toEqual(["resist", "resists", "resisted", "resisting"]);
    expect(inflectVerb("take to task")).toEqual([
      "take to task",
      "takes to task",
      "took to task",
      "taken to task",
      "taking to task",
    ]);
  });

  it("gives the stance model a family for each new word, and none for a sense left out", () => {
    expect(stanceWord("chided")?.family).toBe("condemn");
    expect(stanceWord("vilification")?.family).toBe("condemn");
    expect(stanceWord("resisting")?.family).toBe("reject");
    expect(stanceWord("ostracised")?.family).toBe("measure");
    // "depreciate" is what a currency does; "object" is a thing; "rail" is a railway.
    expect(stanceWord("depreciated")).toBeUndefined();
    expect(stanceWord("object")).toBeUndefined();
    expect(stanceWord("rail")).toBeUndefined();
  });

  it("weighs the new word as a feature, the same one at training and at run time", () => {
    const heard = heardWhileExtracting(
      "Prime Minister Anna Berg chided Norway over the fishing quotas.",
      listenToStances,
    );
    // Every candidate of the sentence, the rule's and the wide generator's reverse pair alike.
    expect(heard.map((c) => [c.holder, c.target, c.weighed.includes("fam=condemn")])).toEqual([
      ["person:anna-berg", "country:NOR", true],
      ["country:NOR", "person:anna-berg", true],
    ]);
  });
});

describe("stances told by WordNet's verbs and by idioms it lacks", () => {
  it("reads the new verbs' subject against their object", () => {
    expect(opposes("Prime Minister Anna Berg chided Norway over the fishing quotas.")).toEqual([
      "person:anna-berg -> country:NOR",
    ]);
    expect(opposes("Senator Paul Okafor vilified the judges in a speech on Monday.")).toEqual([
      "person:paul-okafor -> issue:judges",
    ]);
    expect(
      opposes(
        "President Jonas Vale has resisted IMF calls for a faster devaluation of the kwacha.",
      ),
    ).toEqual(["person:jonas-vale -> org:international-monetary-fund"]);
    expect(opposes("Opposition leader Maria Costa inveighed against the mining deal.")).toEqual([
      "person:maria-costa -> issue:mining-deal",
    ]);
  });

  it("reads idioms of opposition: scorn or cold water poured, short shrift, a motion, a strike", () => {
    expect(
      opposes("Foreign Minister Ana Ruiz poured scorn on the air exercise staged by Japan."),
    ).toEqual(["person:ana-ruiz -> country:JPN"]);
    expect(
      opposes(
        "Opposition leader Marta Kos gave short shrift to a new offer of dialogue from the government.",
      ),
    ).toEqual(["person:marta-kos -> issue:new-offer-of-dialogue-from-the-government"]);
    expect(
      opposes(
        "The Social Democratic Party filed a motion of no confidence against the government of Prime Minister Ilie Marin.",
      ),
    ).toEqual(["org:social-democratic-party -> person:ilie-marin"]);
    expect(
      opposes(
        "Germany's IG Metall union has called a three-day general strike from November 24 against the pension reform.",
      ),
    ).toEqual(["org:ig-metall -> issue:pension-reform"]);
  });

  it("reads a stance voiced again, by a possessive, in quotation marks or dated", () => {
    expect(
      opposes("Chile's foreign ministry repeated its objection to the Atacama lithium plan."),
    ).toEqual(["country:CHL -> issue:atacama-lithium-plan"]);
    expect(
      opposes("Kenya's foreign ministry renewed its protest this week over Ugandan road tolls."),
    ).toEqual(["country:KEN -> issue:ugandan-road-tolls"]);
    expect(
      opposes('The Estonian government lodged "a strong protest" with Moscow on Friday.'),
    ).toEqual(["country:EST -> country:RUS"]);
    expect(opposes("The two leaders renewed their commitment to the partnership.")).toEqual([]);
  });

  it("reads no stance of a helper, nor against calls by no one named", () => {
    expect(
      opposes("Kenya will help its neighbours strengthen their borders and resist smuggling."),
    ).toEqual([]);
    expect(
      opposes("Prime Minister Lea Holm vowed to resist calls to scrap the fuel levy."),
    ).toEqual([]);
  });

  it("reads none where no party or thing is opposed", () => {
    expect(opposes("The central bank let the kina depreciate against the dollar.")).toEqual([]);
    expect(opposes("Firefighters poured water on the burning depot.")).toEqual([]);
    expect(opposes("The minister was struck down by illness in May.")).toEqual([]);
    expect(opposes("Chancellor Olaf Meyer called a meeting of the cabinet on Monday.")).toEqual([]);
  });
});
