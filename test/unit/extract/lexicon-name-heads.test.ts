import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NAME_HEADS_FILE, nameHeadsText } from "../../../scripts/lexicon/name-heads.ts";
import { WordNet } from "../../../scripts/lexicon/wordnet.ts";
import { OFFICE_HEADS, PLACE_HEADS } from "../../../src/extract/lexicon/name-heads.ts";
import { slugify } from "../../../src/extract/text/slug.ts";
import { extract, keysOf } from "./helpers.ts";

const people = (body: string): string[] => keysOf(extract(body), "Person").sort();

describe("the name heads drawn from WordNet", () => {
  it("are what the build script writes from WordNet, byte for byte", () => {
    expect(readFileSync(NAME_HEADS_FILE, "utf8")).toBe(nameHeadsText(new WordNet()));
  }, 60_000);

  it("hold offices and places' heads, and leave out given names and other senses", () => {
    expect(OFFICE_HEADS.has("treasurer")).toBe(true);
    expect(OFFICE_HEADS.has("commodore")).toBe(true);
    expect(PLACE_HEADS.has("lake")).toBe(true);
    expect(PLACE_HEADS.has("cyclone")).toBe(true);
    // "Dean" and "Ben" are given names; "agent" and "whip" no title before a name.
    expect(OFFICE_HEADS.has("dean")).toBe(false);
    expect(PLACE_HEADS.has("ben")).toBe(false);
    expect(OFFICE_HEADS.has("agent")).toBe(false);
    expect(OFFICE_HEADS.has("whip")).toBe(false);
  });
});

describe("person keys", () => {
  it("leave an office WordNet knows out of the name after it", () => {
    expect(people("Treasurer Ian Moka said the budget would pass on Friday.")).toEqual([
      "person:ian-moka",
    ]);
    expect(
      people("Commodore Jay Ortiz told reporters the ship had been hit twice on Monday."),
    ).toEqual(["person:jay-ortiz"]);
  });

  it("leave an office and '-General' out of the name", () => {
    expect(
      people("Commissioner-General Ana Lobo warned that the agency would run out of money."),
    ).toEqual(["person:ana-lobo"]);
    expect(people("Prosecutor-General Tomas Reyes opened an inquiry on Tuesday.")).toEqual([
      "person:tomas-reyes",
    ]);
  });

  it("take no band's or ship's name for an office and a surname", () => {
    // WordNet's "deacon" and "ensign" made "Deacon Blue" person:blue (and "Ensign Rock"
    // person:rock); neither is written as a title before a name in news.
    expect(OFFICE_HEADS.has("deacon")).toBe(false);
    expect(OFFICE_HEADS.has("ensign")).toBe(false);
    expect(people("Deacon Blue played in Glasgow on Monday.")).toEqual([]);
    // A rank WordNet holds is still cut off the name it stands before.
    expect(people("Commodore Jay Ortiz said the tanker had left the port on Monday.")).toEqual([
      "person:jay-ortiz",
    ]);
  });

  it("take a rank before a kind of body for the body's name, and before a person for a title", () => {
    // WordNet's "justice" (a judge) made "the Justice Department" org:department and "the
    // Climate Justice Coalition" org:coalition.
    const orgs = (body: string): string[] => keysOf(extract(body), "Organization").sort();
    expect(orgs("The Justice Department said the files would be released.")).toEqual([
      "org:justice-department",
    ]);
    expect(orgs("The Justice Party said the vote was rigged.")).toEqual(["org:justice-party"]);
    expect(orgs("Activists from the Climate Justice Coalition rallied outside.")).toEqual([
      "org:climate-justice-coalition",
    ]);
    expect(people("Justice Ana Lobo ruled that the law was void.")).toEqual(["person:ana-lobo"]);
  });

  it("keep a given name that WordNet also holds as an office or a place", () => {
    expect(people("Dean Morris said the talks would resume.")).toEqual(["person:dean-morris"]);
    expect(people("Ben Okoye told the committee he would resign.")).toEqual(["person:ben-okoye"]);
  });

  it("take no place or storm for a person", () => {
    expect(
      people(
        "President Ana Torres and President Luis Vega met on the shores of Lake Tunari on Friday.",
      ),
    ).toEqual(["person:ana-torres", "person:luis-vega"]);
    expect(people("Cyclone Maru destroyed 4,000 homes, Governor Sam Pele said.")).toEqual([
      "person:sam-pele",
    ]);
  });

  it("split a name at the ʻokina, as the gold keys it", () => {
    expect(slugify("Sina Mataʻafa")).toBe("sina-mata-afa");
    expect(slugify("Gérald Darmanin")).toBe("gerald-darmanin");
  });
});
