import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// "the tariff X imposed on Y" with a singular measure noun, or with an object that opens with
// words before its party ("on the Belgian trawler firms…", "on imports from Chile").
describe("measures imposed on an object told with words before its party", () => {
  it("reads a singular measure noun ('the 20 percent tariff Tokyo imposed on Thai rice')", () => {
    expect(
      opposes(
        'The 20 percent tariff Tokyo imposed on Thai rice last spring was "a mistake", an exporter said.',
      ),
    ).toContain("country:JPN -> country:THA");
    expect(
      opposes("Growers are still hit by the duty Canberra imposed on Peruvian grapes in 2023."),
    ).toContain("country:AUS -> country:PER");
  });

  it("reads the state whose goods are taxed after 'imports from'", () => {
    expect(
      opposes(
        "A 15% levy that Kenya's President William Ruto slapped on imports from Tanzania took effect on Monday.",
      ),
    ).toContain("person:william-ruto -> country:TZA");
    expect(
      opposes("The tariffs Ottawa imposed last year on steel from Vietnam were doubled."),
    ).toContain("country:CAN -> country:VNM");
  });

  it("reads an object that opens with an article before its party", () => {
    expect(
      opposes(
        "Lisbon protested against the sanctions Ireland imposed last summer on the Portuguese shipping firms in the case.",
      ),
    ).toContain("country:IRL -> country:PRT");
  });

  it("gives nothing for a measure imposed on nothing a party names, or not by a party", () => {
    expect(
      opposes("Economists said the restrictions Chile imposed on itself were prudent."),
    ).toEqual([]);
    expect(
      opposes("The tariff the committee imposed on the Kenyan flower trade was later lifted."),
    ).not.toContain("country:KEN -> country:KEN");
    expect(opposes("The curfew the city imposed on its centre ended at dawn.")).toEqual([]);
  });
});

// "summoned the U.S. chargé d'affaires": an envoy named with a dotted abbreviation of its state.
describe("an envoy whose state is a dotted abbreviation", () => {
  it("reads 'summoned the U.S. chargé d'affaires' as a stance against the United States", () => {
    expect(opposes("Norway summoned the U.S. chargé d'affaires on Friday.")).toContain(
      "country:NOR -> country:USA",
    );
    expect(
      opposes("Iceland on Monday summoned the U.S. ambassador over remarks about its fisheries."),
    ).toContain("country:ISL -> country:USA");
  });

  it("reads 'expelled the U.K. envoy' and 'the top U.S. diplomat in Oslo'", () => {
    expect(opposes("Venezuela expelled the U.K. envoy on Tuesday.")).toContain(
      "country:VEN -> country:GBR",
    );
    expect(opposes("Finland summoned the top U.S. diplomat in Helsinki on Wednesday.")).toContain(
      "country:FIN -> country:USA",
    );
  });

  it("gives nothing for an envoy who summons or for a meeting with one", () => {
    expect(opposes("The U.S. ambassador summoned reporters to a briefing on Friday.")).toEqual([]);
    expect(opposes("Norway's foreign minister met the U.S. chargé d'affaires on Friday.")).toEqual(
      [],
    );
  });
});

// "the measures it imposed on Kosovo": a taker told by "it" is the state or body named last
// before the measure (pronounTaker in opposition-imposed-by.ts).
describe("a measure whose taker is 'it'", () => {
  it("reads the body or state named last before the measure as its taker", () => {
    expect(
      opposes("The African Union has kept in place the penalties it imposed on Gabon in 2023."),
    ).toContain("org:african-union -> country:GAB");
    expect(
      opposes("Chile urged Argentina to lift the tariffs it imposed on Chilean salmon last year."),
    ).toContain("country:ARG -> country:CHL");
  });

  it("gives nothing for 'they', whose referent may be anyone, or for no party before", () => {
    expect(
      opposes("Ghana said the duties they imposed on Togolese cement would be reviewed."),
    ).not.toContain("country:GHA -> country:TGO");
    expect(opposes("Nobody knows whether the sanctions it imposed on Mali will stay.")).toEqual([]);
  });
});
