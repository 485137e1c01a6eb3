import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// The body a speaker addresses ("told the Security Council that…") or is posted to ("ambassador
// to the EU") is where the stance is voiced, never who holds it.
describe("an addressee or an envoy's posting is no stance holder", () => {
  it("gives a clause told to a body with 'his country' or 'her government' to the speaker's side", () => {
    expect(
      opposes(
        "Mexico's ambassador to the Organization of American States, Luz Elena Baños, told the Permanent Council on Tuesday that her government condemned the raid on its embassy in Quito.",
      ),
    ).toEqual(["country:MEX -> issue:raid-on-its-embassy-in-quito"]);
    expect(
      opposes(
        "Brazilian Foreign Minister Mauro Vieira told the BRICS meeting that his country rejected unilateral tariffs.",
      ),
    ).toEqual(["person:mauro-vieira -> issue:unilateral-tariffs"]);
    expect(
      opposes(
        "Japan's envoy to the UN, Kazuyuki Yamazaki, assured the General Assembly that his government opposed any resumption of nuclear tests.",
      ),
    ).toEqual(["country:JPN -> issue:resumption-of-nuclear-tests"]);
    expect(
      opposes(
        "Pakistan's permanent representative told the Security Council that his country condemned the strikes on Muzaffarabad.",
      ),
    ).toEqual(["country:PAK -> issue:strikes-on-muzaffarabad"]);
    expect(
      opposes(
        "The Irish minister told the European Parliament that her country would never accept a hard border.",
      ),
    ).toEqual(["country:IRL -> issue:hard-border"]);
  });

  it("keeps a told clause's own named subject, and 'its' for the body addressed", () => {
    expect(
      opposes(
        "The French envoy told the European Council that Hungary had blocked the sanctions package.",
      ),
    ).toEqual(["country:HUN -> issue:sanctions-package"]);
    expect(
      opposes(
        "Spain's ambassador told the Security Council that Israel rejected the ceasefire plan.",
      ),
    ).toEqual(["country:ISR -> issue:ceasefire-plan"]);
    // "its members" are the addressed body's own.
    expect(
      opposes(
        "Kenyan President William Ruto told the African Union summit that its members rejected the coup in Niger.",
      ),
    ).toEqual(["org:african-union -> issue:coup-in-niger"]);
  });

  it("gives a second verb after an envoy named with the body they are posted to the envoy's state", () => {
    expect(
      opposes(
        "France's envoy to the European Union, Philippe Léglise-Costa, arrived late and condemned the Hungarian veto.",
      ),
    ).toEqual(["country:FRA -> issue:hungarian-veto"]);
    expect(
      opposes(
        "Turkey's permanent representative to the United Nations, Ahmet Yildiz, spoke briefly and denounced the Israeli blockade.",
      ),
    ).toEqual(["country:TUR -> issue:israeli-blockade"]);
    expect(
      opposes(
        "Iran's ambassador to the United Nations, Amir Saeid Iravani, spoke for ten minutes and condemned the Israeli strikes.",
      ),
    ).toEqual(["country:IRN -> issue:israeli-strikes"]);
    // A delegate: the posting holds nothing, whoever else does.
    expect(
      opposes(
        "Britain's delegate to the World Health Organization, Simon Manley, took the floor and rejected the amendment.",
      ).filter((f) => f.startsWith("org:")),
    ).toEqual([]);
  });

  it("leaves a body that is itself the subject its stance", () => {
    expect(
      opposes(
        "The United Nations, where Iran's ambassador serves, condemned the attack on the ship.",
      ),
    ).toEqual(["org:united-nations -> issue:attack-on-the-ship"]);
    expect(
      opposes("NATO, to which Sweden sent its ambassador, condemned the sabotage of the cable."),
    ).toEqual(["org:nato -> issue:sabotage-of-the-cable"]);
    expect(
      opposes(
        "The European Union criticised Russia's drone incursions, and the Polish ambassador to Brussels said he welcomed the statement.",
      ),
    ).toEqual(["org:european-union -> country:RUS"]);
    expect(
      opposes(
        "The ambassador met the African Union chair. The African Union condemned the coup in Gabon.",
      ),
    ).toEqual(["org:african-union -> issue:coup-in-gabon"]);
  });
});

// "summoned the EU ambassador, Pawel Nowak, to protest against…": the one who summons protests;
// the envoy summoned and the envoy's state are the verb's object.
describe("an envoy summoned to hear a protest is no stance holder", () => {
  it("gives the purpose of a summons to the one who summons, an unnamed ministry its state", () => {
    expect(
      opposes(
        "Kenya's foreign ministry criticised the report. On Monday the ministry summoned the British high commissioner, Neil Wigan, to protest against the travel advisory.",
      ),
    ).toEqual(["country:KEN -> country:GBR", "country:KEN -> issue:report"]);
    expect(
      opposes("Iran summoned the British ambassador to protest against the raid on its consulate."),
    ).toEqual(["country:IRN -> country:GBR"]);
    expect(
      opposes(
        "The Tunisian foreign ministry summoned Germany's ambassador, Peter Prugel, to protest against remarks on the trial.",
      ),
    ).toEqual(["country:TUN -> country:DEU"]);
  });

  it("never gives it to the envoy summoned or the envoy's state", () => {
    const holders = (body: string): string[] => opposes(body).map((f) => f.split(" -> ")[0]!);
    expect(
      holders(
        "Officials summoned the Commission's envoy, Maria Lopez, to protest against the tariff decision.",
      ),
    ).not.toContain("person:maria-lopez");
    expect(
      holders(
        "The ministry summoned the French ambassador, Christophe Lemoine, to protest against the new visa rules.",
      ),
    ).not.toContain("country:FRA");
    expect(
      holders(
        "Ghana's foreign ministry said it was studying the decision. On Tuesday the ministry summoned the Chinese ambassador, Tong Defa, to protest against the arrest of Ghanaian traders.",
      ),
    ).not.toContain("country:CHN");
    expect(
      holders(
        "On Monday the ministry summoned the Italian envoy, Marco Rossi, to complain about the ferry ban.",
      ),
    ).not.toContain("person:marco-rossi");
  });

  it("leaves an envoy who acts as the subject as it was; a summons over a reason is against the envoy's state", () => {
    expect(
      opposes(
        "The EU envoy, Anna Berg, travelled to Kyiv to protest against the strikes on the grid.",
      ),
    ).toEqual(["org:european-union -> issue:strikes-on-the-grid"]);
    expect(
      opposes("Poland summoned Belarus's chargé d'affaires over the balloon incursions."),
    ).toEqual(["country:POL -> country:BLR"]);
  });
});
