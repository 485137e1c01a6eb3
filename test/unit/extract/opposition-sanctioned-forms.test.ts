import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// The law a sanction is taken under follows its target (isWholeOrHead in opposition-target.ts).
describe("a sanction taken under a law", () => {
  it("gives the person sanctioned, not the words up to the law", () => {
    expect(
      opposes("Ottawa sanctioned General Omar Haddad under its Special Economic Measures Act."),
    ).toEqual(["country:CAN -> person:omar-haddad"]);
    expect(opposes("Brussels sanctioned Rosneft under the new package.")).toEqual([
      "org:european-union -> org:rosneft",
    ]);
  });

  it("keeps a common noun and its law as words", () => {
    expect(opposes("Tokyo sanctioned the bank under a new law.")).toEqual([
      "country:JPN -> issue:bank-under-a-new-law",
    ]);
  });

  it("still reads the party before 'under pressure'", () => {
    expect(opposes("Canberra criticised Japan under pressure from farmers.")).toEqual([
      "country:AUS -> country:JPN",
    ]);
  });
});

// A reflexive between a passive's auxiliary and its participle (ADVERBS in opposition-verbs.ts).
describe("a passive with a reflexive", () => {
  it("reads 'who was himself sanctioned by' as a passive", () => {
    expect(
      opposes("Maria Lopes, who was herself criticised by Madrid last year, declined to comment."),
    ).toEqual(["country:ESP -> person:maria-lopes"]);
  });

  it("reads nothing when no party stands before the clause or no stance is told", () => {
    expect(
      opposes("The ministry, which was itself sanctioned by Washington in 2021, denied the claim."),
    ).toEqual([]);
    expect(opposes("Maria Lopes, who was himself born in Madrid, declined to comment.")).toEqual(
      [],
    );
  });

  it("keeps the active with a reflexive to its subject", () => {
    expect(
      opposes("Maria Lopes, who herself criticised Madrid last year, declined to comment."),
    ).toEqual(["person:maria-lopes -> country:ESP"]);
  });
});

// "the tariffs Washington imposed in 2018 on Canada and Mexico" (IMPOSED_ON, opposition-imposed-by.ts).
describe("a measure imposed at a time on a list", () => {
  it("passes over when it was imposed and reads every party of the list", () => {
    expect(
      opposes("The tariffs Washington imposed in 2018 on Canada and Mexico were lifted."),
    ).toEqual(["country:USA -> country:CAN", "country:USA -> country:MEX"]);
    expect(opposes("Kenya lifted the duties Uganda imposed last year on Kenyan milk.")).toEqual([
      "country:UGA -> country:KEN",
    ]);
    expect(opposes("The curbs that Tokyo imposed in July on South Korea angered Seoul.")).toEqual([
      "country:JPN -> country:KOR",
    ]);
  });

  it("reads nothing when the measure falls on no one named", () => {
    expect(opposes("The tariffs Washington imposed last month were lifted.")).toEqual([]);
  });
});

// A relative clause after a name's appositive is about the name (passiveRelativeParty).
describe("a passive relative clause after an appositive", () => {
  it("gives the person named before the description", () => {
    expect(
      opposes(
        "Omar Haddad, the former army chief, who was sanctioned by Ottawa in 2023, lives in exile.",
      ),
    ).toEqual(["country:CAN -> person:omar-haddad"]);
  });

  it("reads nothing without a stance or for a body before the description", () => {
    expect(
      opposes(
        "Omar Haddad, a critic of the government, who was praised by Ottawa, lives in exile.",
      ),
    ).toEqual([]);
    expect(
      opposes("The Unity Party, the largest party, which was sanctioned by Ottawa, denied it."),
    ).toEqual([]);
    expect(
      opposes("Omar Haddad, the former army chief, who met Ottawa officials, lives in exile."),
    ).toEqual([]);
  });
});

// "X, brother of its leader Y, has been under U.S. sanctions": the subject, not the party named
// in its aside, is under them (beforeAside in opposition-sanction-noun.ts).
describe("a subject under sanctions, with an aside naming another party", () => {
  it("gives the subject before the aside", () => {
    expect(
      opposes(
        "The group's deputy commander, Omar Khalil, brother of its leader Yusuf Khalil, has been under US sanctions since 2023.",
      ),
    ).toEqual(["country:USA -> person:omar-khalil"]);
    expect(
      opposes("Omar Khalil, a cousin of Yusuf Khalil, has been under EU sanctions since 2020."),
    ).toEqual(["org:european-union -> person:omar-khalil"]);
  });

  it("keeps a subject with no aside", () => {
    expect(opposes("Yusuf Khalil has been under US sanctions since 2023.")).toEqual([
      "country:USA -> person:yusuf-khalil",
    ]);
  });

  it("reads nothing when the sanctions are not said to be in force on anyone", () => {
    expect(opposes("Omar Khalil, a cousin of Yusuf Khalil, said he feared US sanctions.")).toEqual(
      [],
    );
  });
});

// "was placed under U.S. sanctions": the passive of "put/placed under" tells its holder after
// "under"; the active takes a named programme before "sanctions" and a list of those sanctioned
// (opposition-sanction-noun.ts).
describe("placed under sanctions, passive or with a named programme", () => {
  it("reads 'X was placed under U.S. sanctions' as the holder's stance against X", () => {
    expect(opposes("Energy Minister Tomas Varga was placed under U.S. sanctions in 2021.")).toEqual(
      ["country:USA -> person:tomas-varga"],
    );
    expect(
      opposes("Senator Ines Oduya, who was put under EU sanctions last year, denied wrongdoing."),
    ).toContain("org:european-union -> person:ines-oduya");
  });

  it("reads a named programme between 'under' and 'sanctions', and each party of the list", () => {
    expect(
      opposes(
        "Canada placed President Luka Horvat and his brother Ivo Horvat under Magnitsky sanctions in May.",
      ),
    ).toEqual(["country:CAN -> person:ivo-horvat", "country:CAN -> person:luka-horvat"]);
  });

  it("gives nothing for a placing that is no sanction or for sanctions without a holder", () => {
    expect(opposes("Trade Minister Ana Sousa was placed under police protection in 2021.")).toEqual(
      [],
    );
    expect(opposes("Finance Minister Jonas Berg placed the bank under review in May.")).toEqual([]);
    expect(opposes("Energy Minister Tomas Varga was placed under new rules last year.")).toEqual(
      [],
    );
  });
});
