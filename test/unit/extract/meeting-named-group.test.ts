import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PEOPLE_NOUNS_FILE, peopleNounsText } from "../../../scripts/lexicon/people-nouns.ts";
import { WordNet } from "../../../scripts/lexicon/wordnet.ts";
import { isPeopleNoun } from "../../../src/extract/lexicon/people-nouns.ts";
import { meetingsOn } from "./helpers.ts";

/**
 * MET_WITH pairs ("a -- b", sorted, initials only) for an article of Thursday 12 March 2026. Each
 * name is written once more on its own after the sentence, as news does, so that the names are
 * people whatever stands around them in the sentence read.
 */
const metOn = (sentence: string): string[] =>
  meetingsOn(
    `${sentence} Lobo declined to comment. Aasland declined to comment. Costa declined to comment. Walker declined to comment.`,
    "2026-03-12T10:00:00Z",
  ).map((m) =>
    m
      .replace(/ \d{4}-\d\d-\d\d$| undated$/, "")
      .replace(/person:(\w)\w*-(\w)\w*/g, "$1$2")
      .toUpperCase(),
  );

const ALL_THREE = ["AL -- JW", "AL -- MC", "AL -- PA", "JW -- MC", "JW -- PA", "MC -- PA"];
const BOTH = ["AL -- MC", "AL -- PA", "MC -- PA"];

// Our own sentences: a group the meeting's words take for their object, then the people it is
// made of, set off in the ways news sets them off.
describe("people listed after a group met", () => {
  it("reads the list after a colon, a dash or a bracket", () => {
    expect(
      metOn(
        "President Ana Lobo met the Nordic prime ministers on Monday: Paul Aasland of Norway, Maria Costa of Sweden and John Walker of Finland.",
      ),
    ).toEqual(ALL_THREE);
    expect(
      metOn(
        "President Ana Lobo held talks on Monday with the foreign ministers of the three Baltic states — Paul Aasland, Maria Costa and John Walker.",
      ),
    ).toEqual(ALL_THREE);
    expect(
      metOn(
        "President Ana Lobo hosted the leaders of the region — Paul Aasland, Maria Costa and John Walker — at the castle on Monday.",
      ),
    ).toEqual(ALL_THREE);
    expect(
      metOn(
        "President Ana Lobo held talks with his counterparts from the region (Paul Aasland and Maria Costa) on Monday.",
      ),
    ).toEqual(BOTH);
  });

  it("reads the list after 'including', 'among them', 'namely' and a delegation's head", () => {
    expect(
      metOn(
        "President Ana Lobo received several ministers on Monday, among them Paul Aasland and Maria Costa.",
      ),
    ).toEqual(BOTH);
    expect(
      metOn(
        "President Ana Lobo received a business delegation on Monday, including Paul Aasland and Maria Costa.",
      ),
    ).toEqual(BOTH);
    expect(
      metOn(
        "President Ana Lobo on Monday received a delegation led by Paul Aasland and including Maria Costa and John Walker.",
      ),
    ).toEqual(ALL_THREE);
    expect(
      metOn(
        "On Monday President Ana Lobo hosted a dinner for the leaders of the two parties, namely Paul Aasland and Maria Costa.",
      ),
    ).toEqual(BOTH);
  });

  it("reads the people of a group with whom a session is chaired or presided over", () => {
    expect(
      metOn(
        "President Ana Lobo presided over a working session on Monday with more than a dozen ministers, among them Paul Aasland and his counterpart Maria Costa.",
      ),
    ).toEqual(BOTH);
  });

  it("reads signing with or alongside others, and the people who attended talks", () => {
    expect(
      metOn(
        "President Ana Lobo flew to Warsaw on Monday to sign the accord with Paul Aasland and Maria Costa.",
      ),
    ).toEqual(BOTH);
    expect(
      metOn("President Ana Lobo signed the deal alongside Paul Aasland and Maria Costa on Monday."),
    ).toEqual(BOTH);
    expect(
      metOn(
        "The talks before the signing, attended by Ana Lobo, Paul Aasland and Maria Costa, ended on Monday.",
      ),
    ).toEqual(BOTH);
    expect(
      metOn("Ana Lobo, Paul Aasland and Maria Costa attended the talks in Geneva on Monday."),
    ).toEqual(BOTH);
  });

  it("reads a group's people between dashes before the verb, or fronted", () => {
    expect(
      metOn(
        "The Nordic prime ministers — Paul Aasland, Maria Costa and John Walker — met President Ana Lobo on Monday.",
      ),
    ).toEqual(ALL_THREE);
    expect(
      metOn(
        "During talks with the Nordic prime ministers on Monday — Paul Aasland, Maria Costa and John Walker — President Ana Lobo said the cables would be protected.",
      ),
    ).toEqual(ALL_THREE);
    expect(
      metOn(
        "After meeting two opposition leaders, Paul Aasland and Maria Costa, President Ana Lobo said on Monday that the vote would go ahead.",
      ),
    ).toEqual(BOTH);
    expect(
      metOn(
        "President Ana Lobo's talks with the Nordic prime ministers on Monday — Paul Aasland, Maria Costa and John Walker — ended without agreement.",
      ),
    ).toEqual(ALL_THREE);
  });

  it("ends the list at the name its 'and' joins, and takes no speaker for a member", () => {
    expect(metOn("President Ana Lobo received the envoys on Monday, Paul Aasland said.")).toEqual(
      [],
    );
    expect(
      metOn("President Ana Lobo hosted two rival leaders on Monday, Paul Aasland and Maria Costa."),
    ).toEqual(BOTH);
  });

  it("gives nothing for a planned, denied or hypothetical meeting with a list", () => {
    expect(
      metOn(
        "President Ana Lobo will meet the Nordic prime ministers next week: Paul Aasland of Norway, Maria Costa of Sweden and John Walker of Finland.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "President Ana Lobo did not meet the opposition leaders, among them Paul Aasland and Maria Costa.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "President Ana Lobo plans to sign the accord with Paul Aasland and Maria Costa next week.",
      ),
    ).toEqual([]);
    expect(metOn("Ana Lobo and Paul Aasland attended the summit in Geneva on Monday.")).toEqual([]);
  });

  it("takes no list that is not the group met: a topic, another clause, a noun of no people", () => {
    expect(
      metOn(
        "President Ana Lobo met Luis Vega on Monday to discuss the cases of three dissidents: Paul Aasland, Maria Costa and John Walker.",
      ),
    ).toEqual(["AL -- LV"]);
    expect(
      metOn(
        "President Ana Lobo met Luis Vega on Monday; two ministers — Paul Aasland and Maria Costa — stayed away.",
      ),
    ).toEqual(["AL -- LV"]);
    expect(
      metOn(
        "President Ana Lobo praised the opposition leaders on Monday: Paul Aasland and Maria Costa.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "President Ana Lobo met the ministers — Paul Aasland and Maria Costa were absent — on Monday.",
      ),
    ).toEqual([]);
  });
});

describe("nouns of people from WordNet", () => {
  it("are what the build script writes from WordNet, byte for byte", () => {
    expect(readFileSync(PEOPLE_NOUNS_FILE, "utf8")).toBe(peopleNounsText(new WordNet()));
  }, 60_000);

  it("hold people and bodies of people, singular or plural, not what happens to them", () => {
    for (const w of [
      "ministers",
      "lawmakers",
      "delegation",
      "counterparts",
      "chairmen",
      "deputies",
    ])
      expect(isPeopleNoun(w), w).toBe(true);
    for (const w of ["cases", "release", "accord", "states"])
      expect(isPeopleNoun(w), w).toBe(false);
  });
});
