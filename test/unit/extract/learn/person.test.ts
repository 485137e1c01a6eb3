import { describe, expect, it } from "vitest";
import weights from "../../../../src/extract/learn/person-weights.json" with { type: "json" };
import { analyzeArticle } from "../../../../src/extract/analyze-article.ts";
import {
  cueLearnedNames,
  GIVEN_NAMES,
  namesWithFeatures,
  PERSON_NAME_MODEL,
  uncuedNames,
} from "../../../../src/extract/learn/person-names.ts";
import { sharedAffixes } from "../../../../src/extract/learn/person-features.ts";
import { collectNames } from "../../../../src/extract/resolve/resolve-people.ts";
import { articleOf, extract, factsOf, keysOf } from "../helpers.ts";

const people = (body: string): string[] => keysOf(extract(body), "Person").sort();

// Names no rule cues (no title, no speech verb, no given-name list): the learned decision reads
// how they are written and where they stand.
describe("people the rules leave without a cue", () => {
  it("takes a full name that opens a sentence and does something for a person", () => {
    expect(people("Tomas Kvaratov is due in Riga on Thursday.")).toEqual(["person:tomas-kvaratov"]);
  });

  it("takes a full name one sat down with, and the meeting with it", () => {
    expect(people("I sat down with Tomas Kvaratov on Monday in Tbilisi.")).toEqual([
      "person:tomas-kvaratov",
    ]);
  });

  // The given names come from a data package, not from our articles' people: "Ingrid" is in
  // no development article. Alone, the feature no longer carries a full name in a neutral place
  // ("The protests toppled Luis Ferreira Gomes" is left out): it adds to the other signs.
  it("reads a given name no development article holds, and counts it for a person", () => {
    const { sentences } = analyzeArticle(
      articleOf("The protests toppled Ingrid Haugland last year."),
    );
    const [name] = uncuedNames(sentences, collectNames(sentences));
    expect(name?.candidate.name.text).toBe("Ingrid Haugland");
    expect(name?.features).toContain("given.first");
    expect(weights.weights["given.first"]).toBeGreaterThan(1);
  });

  it("resolves the surname alone, later, to the person of the full name", () => {
    const doc = extract(
      "I sat down with Tomas Kvaratov on Monday in Tbilisi. Kvaratov's bank lends mostly to farmers.",
    );
    const person = doc.entities.find((e) => e.label === "Person");
    expect(person?.key).toBe("person:tomas-kvaratov");
    expect(person?.aliases).toEqual(["Kvaratov"]);
  });

  it("gives the meetings of a person it finds", () => {
    const doc = extract(
      "Finance Minister Ilse Varga met on Monday with Tomas Kvaratov, the head of the regional bank.",
    );
    expect(factsOf(doc, "MET_WITH")).toEqual(["person:ilse-varga -> person:tomas-kvaratov"]);
  });

  it("takes a name after a body's possessive for its person, not for a body", () => {
    const doc = extract(
      "The Asian Development Bank's Teodor Malik met Prime Minister Ana Duarte on Monday.",
    );
    expect(keysOf(doc, "Person").sort()).toEqual(["person:ana-duarte", "person:teodor-malik"]);
    expect(factsOf(doc, "MET_WITH")).toEqual(["person:teodor-malik -> person:ana-duarte"]);
  });

  it("leaves places after a preposition of place alone", () => {
    expect(people("Fishermen gathered in Puerto Lindo on Sunday.")).toEqual([]);
    expect(people("The ferry reached Santa Marta on Friday.")).toEqual([]);
    expect(people("Farmers marched through Villa Serena on Sunday.")).toEqual([]);
    expect(people("Talks on Punta Blanca stalled on Friday.")).toEqual([]);
  });
});

describe("the committed person-name model", () => {
  it("loads with a threshold chosen out of fold and its weights", () => {
    expect(PERSON_NAME_MODEL.name).toBe("Person name without a cue");
    expect(PERSON_NAME_MODEL.threshold).toBeGreaterThan(0);
    expect(PERSON_NAME_MODEL.threshold).toBeLessThan(1);
    expect(Object.keys(weights.weights).length).toBeGreaterThan(100);
  });

  it("scores at run time the features the training script reads, from one function", () => {
    const { sentences } = analyzeArticle(
      articleOf("I sat down with Tomas Kvaratov on Monday in Tbilisi."),
    );
    const candidates = collectNames(sentences);
    const training = namesWithFeatures(sentences, candidates, (c) => c.cue === undefined);
    const seen: string[][] = [];
    cueLearnedNames(sentences, candidates, (_, features) => {
      seen.push([...features]);
      return false;
    });
    expect(training.map((u) => u.candidate.name.text)).toEqual(["Tomas Kvaratov"]);
    expect(seen).toEqual(training.map((u) => u.features));
    expect(uncuedNames(sentences, candidates)).toEqual(training);
    const known = (training[0]?.features ?? []).filter((f) => f in weights.weights);
    expect(known.length).toBeGreaterThan(5);
  });
});

// Review: "first.pre3=sug" and "first.suf3=ono" weighed 0.8 each and came from one development
// person, Sugiono: spelling features that few words share are those words, a name as a feature.
describe("spelling features", () => {
  const featuresOf = (body: string) => {
    const { sentences } = analyzeArticle(articleOf(body));
    return namesWithFeatures(sentences, collectNames(sentences), () => true).map((u) => ({
      features: u.features,
      name: u.candidate.name,
    }));
  };

  it("keeps a suffix several names share and drops one a single name spells, however often", () => {
    const names = featuresOf(
      "Ivan Petrov met Oleg Sidorov and Pavel Ivanov. Later Ivan Petrov and Anna Petrov left.",
    );
    const shared = sharedAffixes(names, 3);
    expect(shared.has("last.suf2=ov")).toBe(true);
    expect(shared.has("last.suf3=rov")).toBe(false);
    expect(shared.has("first.pre3=iva")).toBe(false);
    expect([...shared].every((f) => /^(?:first|last)\./.test(f))).toBe(true);
  });

  it("leaves the committed model no spelling of one development person", () => {
    expect(weights.weights).not.toHaveProperty("first.pre3=sug");
    expect(weights.weights).not.toHaveProperty("first.suf3=ono");
    expect(weights.weights).toHaveProperty("last.suf2=ov");
  });
});

// Review: faker's lists hold words our own lists give another use ("river", "delta", "may",
// "the" for the Vietnamese "Thế", "el"); as given names they made "River Plate won the derby."
// a person at 0.71 and "Delta Force raided the compound." one at 0.51.
describe("given names with another use", () => {
  it("are no given names", () => {
    for (const word of ["river", "delta", "may", "june", "the", "el", "al", "general"])
      expect(GIVEN_NAMES.has(word)).toBe(false);
    expect(GIVEN_NAMES.has("ingrid")).toBe(true);
  });

  it("no longer make a person of a name they open; a given name still does", () => {
    expect(people("River Plate won the derby.")).toEqual([]);
    expect(people("Delta Force raided the compound.")).toEqual([]);
    expect(people("Ingrid Haugland won the derby.")).toEqual(["person:ingrid-haugland"]);
  });
});

// Review: after the retraining on 866 articles, bare two-word names with no title were lost in
// short texts ("Omar Khalil", "Peter Lund"): the article's counts read a name said once in a
// sentence or two as a name said once in a long article, and the model had no way to tell a
// given name after a verb ("expelled Sigrid Dahl") from one opening a place ("in Santa Rosa").
describe("bare names in short texts", () => {
  const featuresOf = (body: string): string[][] => {
    const { sentences } = analyzeArticle(articleOf(body));
    return uncuedNames(sentences, collectNames(sentences)).map((u) => u.features);
  };

  it("reads no name counts in a text of one or two sentences, and reads them in a longer one", () => {
    const [short] = featuresOf("The party expelled Sigrid Dahl last week.");
    expect(short).toContain("article.short");
    expect(short?.some((f) => f.startsWith("last.seen="))).toBe(false);
    const [long] = featuresOf(
      "The party expelled Sigrid Dahl last week. Members met in Bergen. The vote was close.",
    );
    expect(long).not.toContain("article.short");
    expect(long).toContain("last.seen=1");
  });

  it("takes a given name after a verb for a person", () => {
    expect(people("Voters backed Amina Diallo in the runoff.")).toEqual(["person:amina-diallo"]);
    expect(people("Voters backed Henrik Strand in the runoff.")).toEqual(["person:henrik-strand"]);
    expect(people("Voters backed Camila Rojas in the runoff.")).toEqual(["person:camila-rojas"]);
    expect(people("The court acquitted Kwame Mensah of all charges.")).toEqual([
      "person:kwame-mensah",
    ]);
  });

  it("leaves a given name that opens a place alone", () => {
    expect(people("Rebels seized Santa Maria on Sunday.")).toEqual([]);
    expect(people("Voters backed Santa Ana in the referendum.")).toEqual([]);
    expect(people("Rebels seized San Pedro on Sunday.")).toEqual([]);
    expect(people("Traffic was diverted from Peter Street on Monday.")).toEqual([]);
  });

  // Review: the word before the name was left out of the determiner search ("the ally Maria
  // Costa" read as after a plain word), and "to"/"of"/"from", which open people as often as
  // places, were read as places like "in".
  it("tells where a bare given name stands: after a determined noun, a place word or a link", () => {
    const standing = (body: string): string | undefined =>
      featuresOf(body)[0]?.find((f) => f.startsWith("uncued&given.first&prev="));
    expect(standing("Voters backed the ally Maria Costa in the runoff.")).toBe(
      "uncued&given.first&prev=noun",
    );
    expect(standing("Voters backed the small ruling ally Maria Costa in the runoff.")).toBe(
      "uncued&given.first&prev=noun",
    );
    expect(standing("Voters backed Maria Costa in the runoff.")).toBe(
      "uncued&given.first&prev=word",
    );
    expect(standing("The new bridge was built in Santa Rosa last year.")).toBe(
      "uncued&given.first&prev=place",
    );
    expect(standing("The ministry sent a letter to Maria Costa last week.")).toBe(
      "uncued&given.first&prev=link",
    );
    expect(standing("The mayor opened the Santa Rosa bridge last week.")).toBe(
      "uncued&given.first&prev=article",
    );
  });

  it("reads a person's pronoun after the name, and a body's", () => {
    const [his] = featuresOf("Police arrested Lars Eriksen at his home in Bergen.");
    expect(his).toContain("pronoun.after=person");
    const [its] = featuresOf("The court fined Zambezi Star for its spill.");
    expect(its).toContain("pronoun.after=its");
    // "his" after another name is that name's.
    const [first] = featuresOf("Police arrested Lars Eriksen and Jonas Berg at his home.");
    expect(first).not.toContain("pronoun.after=person");
    expect(people("Police arrested Ravi Menon at his home in Kochi.")).toEqual([
      "person:ravi-menon",
    ]);
    expect(people("Police arrested Jorge Quispe at his home in Cusco.")).toEqual([
      "person:jorge-quispe",
    ]);
  });

  it("keeps the names the retraining had lost in the tests of other rules", () => {
    expect(
      people(
        "Ana Banda and Peter Lund, joined by dozens of aid workers, toured the flooded town by helicopter on Tuesday.",
      ),
    ).toEqual(["person:ana-banda", "person:peter-lund"]);
  });
});
