import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A speaker who says that a named party did or is something the valence lexicon judges badly
// holds a stance against that party (opposition-reported-charge.ts).
describe("a charge against a named party told in reported speech", () => {
  it("holds the speaker against the party the reported clause opens with", () => {
    expect(
      opposes(
        "The Moroccan foreign ministry said Algeria had betrayed the spirit of the Maghreb union.",
      ),
    ).toEqual(["country:MAR -> country:DZA"]);
    expect(
      opposes(
        'Philippine Defence Secretary Gilberto Teodoro said on Monday that Beijing was "bullying smaller neighbours" in the South China Sea.',
      ),
    ).toEqual(["person:gilberto-teodoro -> country:CHN"]);
    expect(
      opposes(
        'Indonesian Foreign Minister Retno Marsudi said on Tuesday that Australia had shown "arrogant disregard" for its neighbours.',
      ),
    ).toEqual(["person:retno-marsudi -> country:AUS"]);
  });

  it("reads the clause after a participle, after the one told, and a demand made with should", () => {
    expect(
      opposes(
        "Sweden's foreign ministry issued a statement, saying Hungary had sabotaged the accession talks for months.",
      ),
    ).toEqual(["country:SWE -> country:HUN"]);
    expect(
      opposes(
        'Colombian Foreign Minister Luis Gilberto Murillo told parliament that Caracas was "stoking a dangerous crisis" on the border.',
      ),
    ).toEqual(["person:luis-gilberto-murillo -> country:VEN"]);
    expect(
      opposes(
        "South Korean Unification Minister Kim Yung-ho said Pyongyang should halt its reckless provocations at once.",
      ),
    ).toEqual(["person:kim-yung-ho -> country:PRK"]);
  });

  it("passes over the one told, with or without 'that', as the verdict frames do", () => {
    expect(
      opposes(
        'Colombian Foreign Minister Luis Gilberto Murillo told reporters the Kremlin had shown "cruel indifference" to the region.',
      ),
    ).toEqual(["person:luis-gilberto-murillo -> country:RUS"]);
    expect(
      opposes(
        "Colombian Foreign Minister Luis Gilberto Murillo told Venezuela the talks had failed.",
      ),
    ).toEqual([]);
  });

  it("holds none for a harm suffered, a charge denied, a forecast or a clause about no party", () => {
    const none = [
      "Kenyan Foreign Minister Musalia Mudavadi said Uganda had been betrayed by its partners.",
      "Kenyan Foreign Minister Musalia Mudavadi said Uganda had not violated any agreement.",
      "Kenyan Foreign Minister Musalia Mudavadi said Uganda hadn't sabotaged the talks.",
      "Kenyan Foreign Minister Musalia Mudavadi said Uganda hadn’t sabotaged the talks.",
      "Kenyan Foreign Minister Musalia Mudavadi said Uganda would present a new offer next week.",
      "Kenyan Foreign Minister Musalia Mudavadi said the talks had failed.",
      "Kenyan Foreign Minister Musalia Mudavadi said Uganda had worked hard to end the violence in the region.",
      "Tanzanian President Samia Suluhu Hassan said the Kenyan proposal was welcome and Kenya had acted in good faith.",
    ];
    for (const body of none) expect(opposes(body), body).toEqual([]);
  });

  it("leaves a stance the party itself takes to the party", () => {
    expect(
      opposes("Kenyan Foreign Minister Musalia Mudavadi said Uganda condemned the killings."),
    ).toEqual(["country:UGA -> issue:killings"]);
  });
});

// "would "not accept"": acceptance refused, also where a quotation opens inside the verb group.
describe("a refusal told in reported speech", () => {
  it("reads a refusal whose quotation opens inside the verb", () => {
    expect(
      opposes(
        'Polish Prime Minister Donald Tusk said Warsaw "won\'t accept" the migration quotas.',
      ),
    ).toEqual(["person:donald-tusk -> issue:migration-quotas"]);
    expect(
      opposes(
        'The Bolivian opposition leader Carlos Mesa said his movement would "not accept a rigged count".',
      ),
    ).toEqual(["person:carlos-mesa -> issue:rigged-count"]);
    expect(
      opposes(
        'Georgian Foreign Minister Maka Botchorishvili said Tbilisi would "never recognise" the seizure of the monastery.',
      ),
    ).toEqual(["person:maka-botchorishvili -> issue:seizure-of-the-monastery"]);
  });

  it("holds none for acceptance given or blame refused", () => {
    const none = [
      'Polish Prime Minister Donald Tusk said Warsaw "will accept" the migration quotas.',
      'Polish Prime Minister Donald Tusk said Warsaw "does not accept" responsibility for the delays.',
    ];
    for (const body of none) expect(opposes(body), body).toEqual([]);
  });
});

// "would "never allow"", "would not "allow"": a refusal to let something happen, also where a
// quotation opens inside the verb group (opposition-refusal.ts).
describe("a refusal to let something happen, quoted inside its verb", () => {
  it("reads the refusal against what is not let happen", () => {
    expect(
      opposes(
        'Egyptian Foreign Minister Badr Abdelatty said Cairo would "never allow" Ethiopia to fill the dam unilaterally.',
      ),
    ).toEqual(["person:badr-abdelatty -> country:ETH"]);
    expect(
      opposes(
        'Guyanese President Irfaan Ali said Georgetown would not "allow" Venezuela to annex the Essequibo.',
      ),
    ).toEqual(["person:irfaan-ali -> country:VEN"]);
    expect(
      opposes('The Algerian presidency said Algiers "will not permit" foreign bases on its soil.'),
    ).toEqual(["country:DZA -> issue:foreign-bases-on-its-soil"]);
  });

  it("holds none for a thing kept from harm or a permission given", () => {
    const none = [
      'Egyptian Foreign Minister Badr Abdelatty said Cairo would not "allow the talks to fail".',
      'Egyptian Foreign Minister Badr Abdelatty said Cairo "will allow" Ethiopia to fill the dam.',
    ];
    for (const body of none) expect(opposes(body), body).toEqual([]);
  });
});
