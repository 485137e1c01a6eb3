import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// The holder of a stance is the party its subject names, not a body or a state that an aside or
// a modifier inside the subject mentions.
describe("opposition: the subject past its asides and modifiers", () => {
  it("skips an aside opened by 'who', 'of' or a lowercase role with its complement", () => {
    expect(
      opposes(
        "Tomas Berg, who chairs the Social Democratic Party, on Wednesday denounced the budget.",
      ),
    ).toEqual(["person:tomas-berg -> issue:budget"]);
    expect(
      opposes(
        "Former president Ana Rivas, of the opposition Liberal Party, criticised the budget.",
      ),
    ).toEqual(["person:ana-rivas -> issue:budget"]);
    expect(
      opposes(
        "Jonas Pereira, speaker of the eastern-based House of Representatives, rejected the budget.",
      ),
    ).toEqual(["person:jonas-pereira -> issue:budget"]);
  });

  it("skips a long aside naming other parties, up to 140 characters", () => {
    expect(
      opposes(
        "Devlet Bahçeli, leader of the Nationalist Movement Party (MHP) and a coalition partner of President Recep Tayyip Erdoğan, rejected any return to federation talks.",
      ),
    ).toEqual(["person:devlet-bahceli -> issue:return-to-federation-talks"]);
  });

  it("keeps a list of parties joined by 'and' as the holders", () => {
    expect(
      opposes(
        "Officials said the agreement excludes Norebo, the trawler group that Britain and the European Union put under sanctions this year.",
      ),
    ).toEqual(["country:GBR -> org:norebo", "org:european-union -> org:norebo"]);
  });

  it("reads a demonym before the kind of a named body as describing the body", () => {
    expect(
      opposes(
        'The Haitian rights group Réseau National de Défense des Droits Humains (RNDDH) went further, denouncing the deportations as "collective punishment".',
      ),
    ).toEqual(["org:reseau-national-de-defense-des-droits-humains -> issue:deportations"]);
    expect(opposes("The Kenyan government went further, condemning the killings.")).toEqual([
      "country:KEN -> issue:killings",
    ]);
  });

  it("reads a government spokesman of no named state as the state the article names most", () => {
    expect(
      opposes(
        "Congo has long blamed its neighbour. Congo's army is stretched. Government spokesman Patrick Muyaya accused Rwanda on Thursday of looting.",
      ),
    ).toEqual(["country:COD -> country:RWA"]);
    // No state named but the target's: the person speaks in their own name.
    expect(opposes("Government spokesman Patrick Muyaya accused Rwanda of looting.")).toEqual([
      "person:patrick-muyaya -> country:RWA",
    ]);
  });

  it("gives a state's stance reported by one who represents it to that person, a spokesperson's to the state", () => {
    expect(
      opposes(
        "French President Emmanuel Macron met Spanish Prime Minister Pedro Sanchez. Macron repeated that France opposed the trade agreement with the Mercosur bloc.",
      ),
    ).toEqual(["person:emmanuel-macron -> issue:trade-agreement-with-the-mercosur-bloc"]);
    expect(
      opposes(
        "Polish Interior Minister Marcin Kierwinski said Warsaw rejected relocations outright.",
      ),
    ).toEqual(["person:marcin-kierwinski -> issue:relocations"]);
    expect(
      opposes(
        "Chinese foreign ministry spokesperson Mao Ning said China firmly opposed the visit.",
      ),
    ).toEqual(["country:CHN -> issue:visit"]);
    // Another state's stance, reported: that state's.
    expect(
      opposes(
        "Polish Interior Minister Marcin Kierwinski said Hungary rejected relocations outright.",
      ),
    ).toEqual(["country:HUN -> issue:relocations"]);
  });

  it("lists a person set off by an aside with the one named after 'and'", () => {
    expect(
      opposes(
        "Unai Sordo, the leader of Comisiones Obreras (CCOO), and Pepe Alvarez of the UGT denounced the bill.",
      ),
    ).toEqual(["person:pepe-alvarez -> issue:bill", "person:unai-sordo -> issue:bill"]);
    expect(
      opposes(
        "Kenyan President William Ruto, a former deputy president, and Ugandan President Yoweri Museveni condemned the attack.",
      ),
    ).toEqual(["person:william-ruto -> issue:attack", "person:yoweri-museveni -> issue:attack"]);
    // A verb after the comma is no aside: what follows "and" is another clause.
    expect(
      opposes(
        "Norway's Prime Minister, Jonas Gahr Store, spoke by phone with Frederiksen on Thursday, and the foreign ministry in Stockholm voiced concern over what it called threatening rhetoric from Washington.",
      ),
    ).toEqual(["country:SWE -> country:USA"]);
    // An aside with no "and" after it stays an aside.
    expect(opposes("Jonas Vale, leader of the Freedom Party, criticised the budget.")).toEqual([
      "person:jonas-vale -> issue:budget",
    ]);
  });
});
