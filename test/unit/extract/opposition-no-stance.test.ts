import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Sentences whose stance words belong to another party than the one next to them, or to one told before.
describe("opposition: whose stance a clause tells", () => {
  it("reads what a critic blames a party for doing as the critic's charge, not the party's stance", () => {
    expect(
      opposes("Norway criticised Chile for refusing to accept the new fishing quotas."),
    ).toEqual(["country:NOR -> country:CHL"]);
    expect(opposes("Canada blamed Brazil for vetoing the resolution on deforestation.")).toEqual([
      "country:CAN -> country:BRA",
    ]);
    expect(
      opposes("The opposition accused Kenya of blocking the inquiry into the killings."),
    ).toEqual([]);
  });

  it("reads the stance of a party named in a noun 'of' tells, not a blame", () => {
    expect(
      opposes("The EU criticised the Polish strategy of opposing the migration pact."),
    ).toContain("country:POL -> issue:migration-pact");
    expect(opposes("Mexico praised the Canadian policy of rejecting the steel quotas.")).toContain(
      "country:CAN -> issue:steel-quotas",
    );
    expect(opposes("Japan lambasted Russia for blocking the grain corridor.")).toEqual([
      "country:JPN -> country:RUS",
    ]);
  });

  it("still reads the stance of a party told in its own clause, or thanked for it", () => {
    expect(opposes("Peru has refused to accept the new fishing quotas, officials said.")).toEqual([
      "country:PER -> issue:new-fishing-quotas",
    ]);
    expect(opposes("Britain thanked Washington for blocking the resolution.")).toEqual([
      "country:USA -> issue:resolution",
    ]);
  });

  it("reads no stance of a state that only says where a group of people or firms comes from", () => {
    expect(
      opposes("Business groups in both Chile and Peru have criticised the escalation."),
    ).toEqual([]);
    expect(
      opposes(
        "Spanish fishermen blocked the port of Vigo to protest against the Moroccan catch limits.",
      ),
    ).toEqual([]);
    expect(opposes("Exporters from Kenya criticised the new duties.")).toEqual([]);
    expect(
      opposes(
        "France voted against the agreement when EU governments approved it in January, and French farmers have blocked roads in protest.",
      ),
    ).toEqual(["country:FRA -> org:european-union"]);
  });

  it("reads a state's own stance next to a group noun that is not its group", () => {
    expect(opposes("Chile criticised the companies supplying the Peruvian army.")).toEqual([
      "country:CHL -> issue:companies-supplying-the-peruvian-army",
    ]);
    expect(opposes("Argentina condemned the farmers blocking the border crossing.")).toEqual([
      "country:ARG -> issue:farmers-blocking-the-border-crossing",
    ]);
    expect(
      opposes("After meeting farmers in Brittany, France condemned the Mercosur deal."),
    ).toEqual(["country:FRA -> issue:mercosur-deal"]);
    expect(opposes("Backed by exporters across Asia, Japan opposed the American tariffs.")).toEqual(
      ["country:JPN -> country:USA"],
    );
  });

  it("still reads a state speaking through its officials or in its own name", () => {
    expect(opposes("Spanish officials protested against the Moroccan catch limits.")).toEqual([
      "country:ESP -> issue:moroccan-catch-limits",
    ]);
    expect(opposes("Spain protested against the Moroccan catch limits.")).toEqual([
      "country:ESP -> issue:moroccan-catch-limits",
    ]);
  });

  it("gives a sentence opening with 'It' the state or body whose stance the sentence before told", () => {
    expect(
      opposes(
        "Kenya's foreign ministry called the report biased. It also accused Uganda of arming the rebels.",
      ),
    ).toEqual(["country:KEN -> country:UGA", "country:KEN -> issue:report"]);
    expect(
      opposes(
        "Kenya's foreign ministry called the report biased. It again accused Uganda of arming the rebels.",
      ),
    ).toEqual(["country:KEN -> country:UGA", "country:KEN -> issue:report"]);
  });

  it("gives 'It' no holder when it may be the report or treaty the sentence before named", () => {
    expect(
      opposes(
        "Kenya's foreign ministry called the UN report biased. It accused Uganda of arming the rebels, according to diplomats.",
      ),
    ).not.toContain("country:KEN -> country:UGA");
    expect(
      opposes(
        "Kenya condemned the treaty signed in Kampala. It bans Ugandan exports of coffee and condemns Tanzania.",
      ),
    ).not.toContain("country:KEN -> country:TZA");
    expect(
      opposes("Ghana rejected the new tariffs. It accused Togo of blocking the border."),
    ).toContain("country:GHA -> country:TGO");
  });

  it("gives 'It' no holder after a person's stance, or after a sentence that told none", () => {
    expect(
      opposes(
        "Opposition leader Raila Odinga called the report biased. It also accused Uganda of arming the rebels.",
      ),
    ).toEqual(["person:raila-odinga -> issue:report"]);
    expect(
      opposes(
        "Kenya condemned the raid on Monday. Officials met in Nairobi on Tuesday. It later accused Uganda of arming the rebels.",
      ),
    ).toEqual(["country:KEN -> issue:raid"]);
  });

  it("reads turning away one's own part in something as a denial, not a stance against it", () => {
    expect(opposes("The Kremlin rejected any link to the incident.")).toEqual([]);
    expect(opposes("Sudan rejected any role in the attack on the convoy.")).toEqual([]);
    expect(opposes("Hungary rejected any ties with the militia.")).toEqual([]);
  });

  it("still reads rejecting the thing itself, or a measure about such links", () => {
    expect(opposes("Sudan rejected the attack on the convoy.")).toEqual([
      "country:SDN -> issue:attack-on-the-convoy",
    ]);
    expect(opposes("Pakistan rejected the new rules on links to banned groups.")).toEqual([
      "country:PAK -> issue:new-rules-on-links-to-banned-groups",
    ]);
  });

  it("reads a call not to undo something as no stance against it", () => {
    expect(
      opposes(
        "The UN refugee chief urged donors on Wednesday not to abandon the refugees in Chad.",
      ),
    ).toEqual([]);
    expect(opposes("Canada urged Mexico never to abandon the treaty.")).toEqual([]);
    expect(opposes("Canada urged Mexico on Monday to drop the new tariffs on steel.")).toEqual([
      "country:CAN -> issue:new-tariffs-on-steel",
    ]);
  });

  it("reads a doing told as what another's noun is in ('praised its cooperation in blocking') as no stance", () => {
    expect(
      opposes(
        "The EU envoy, who visited Baku in May, praised its cooperation in blocking the re-export of drones.",
      ),
    ).toEqual([]);
    expect(opposes("Britain praised Norway's role in blocking the sale of the tankers.")).toEqual(
      [],
    );
    expect(opposes("Norway played a key role in blocking the sale of the tankers.")).toEqual([
      "country:NOR -> issue:sale-of-the-tankers",
    ]);
    expect(opposes("Britain thanked Washington for blocking the resolution.")).toEqual([
      "country:USA -> issue:resolution",
    ]);
  });
});
